using Consultation.Core.Adoption;
using Consultation.Infrastructure.Adoption;
using Consultation.Infrastructure.Seeding;
using Consultation.Tests;

namespace Consultation.UnitTests.Adoption;

/// <summary>
/// Grouping segments each distinct sentence once (<see cref="CommentWords.Of"/>); the words must be exactly those of
/// the whole text, or the speed-up would change which comments group.
/// </summary>
public sealed class SentenceSegmentationTests
{
    private static readonly CommentSegmenter Segmenter = new();

    [Fact]
    public void Words_found_sentence_by_sentence_are_the_words_of_the_whole_text()
    {
        var corpus = new GeneratedCorpus(42);
        var texts = corpus.Comments(2_000, corpus.SubjectOf(11), 17).Select(c => c.Body)
            .Concat(SyntheticComments.Generate(2_000).Comments.Select(c => c.Text))
            .Concat(CampaignComments.Generate().Comments.Select(c => c.Text))
            .Append("第一句没有标点\n第二句换行后！最后？English words; 还有分号；").ToList();

        var bySentence = CommentWords.Of([.. texts.Select((text, i) => new CommentText(i, text))], Segmenter);

        Assert.All(texts.Select((text, i) => (text, i)), p => Assert.Equal(Segmenter.Words(p.text), bySentence[p.i].Words));
    }

    [Fact]
    public void Each_comment_keeps_its_id_and_clause()
    {
        var words = CommentWords.Of([new CommentText(7, "校车超载。校车超载。", "art-3"), new CommentText(9, "校车超载。")], Segmenter);

        Assert.Equal([(7L, "art-3"), (9L, "")], words.Select(w => (w.Id, w.Clause)));
        Assert.Equal(2 * words[1].Words.Count, words[0].Words.Count);
    }
}
