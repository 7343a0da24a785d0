namespace Consultation.Core.Adoption;

/// <summary>
/// A comment as the word-level clusterer sees it: its id, the clause it is about (empty for the whole draft) and its
/// words after Chinese segmentation with stop words removed, in text order (repeats count).
/// </summary>
public sealed record CommentWords(long Id, string Clause, IReadOnlyList<string> Words)
{
    /// <summary>Where a sentence ends; the segmenter never joins words across these, so each sentence can be segmented alone.</summary>
    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '!', '?', ';', '\n'];

    /// <summary>
    /// The words of each comment, in the same order, each distinct sentence segmented once: segmentation is the
    /// costliest step per comment (SmartCn builds a word graph per sentence), and comments repeat sentences — a
    /// campaign sends the same letter hundreds of times, and people quote the same request.
    /// </summary>
    public static IReadOnlyList<CommentWords> Of(IReadOnlyList<CommentText> comments, IWordSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(comments);
        ArgumentNullException.ThrowIfNull(segmenter);
        var wordsOf = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var result = new CommentWords[comments.Count];
        for (var i = 0; i < comments.Count; i++)
        {
            var text = comments[i].Text ?? "";
            var words = new List<string>();
            for (var start = 0; start < text.Length;)
            {
                var end = text.IndexOfAny(SentenceEnds, start);
                end = end < 0 ? text.Length : end + 1;
                var sentence = text[start..end];
                if (!wordsOf.TryGetValue(sentence, out var sentenceWords)) wordsOf[sentence] = sentenceWords = segmenter.Words(sentence);
                words.AddRange(sentenceWords);
                start = end;
            }
            result[i] = new CommentWords(comments[i].Id, comments[i].Clause, words);
        }
        return result;
    }
}
