using Consultation.Core.Adoption;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Seeding;

namespace Consultation.UnitTests.Seeding;

public sealed class GeneratedCorpusTests
{
    [Fact]
    public void The_same_seed_generates_the_same_consultations_comments_and_documents()
    {
        Assert.Equal(Snapshot(42), Snapshot(42));
    }

    [Fact]
    public void Another_seed_generates_other_content()
    {
        Assert.NotEqual(Snapshot(42), Snapshot(43));
    }

    [Fact]
    public void Adding_documents_does_not_change_the_comments_of_a_seed()
    {
        var corpus = new GeneratedCorpus(42);
        var before = corpus.Comments(50, "课后服务", 10).ToList();
        _ = corpus.Documents(500, 2026).ToList();
        Assert.Equal(before, new GeneratedCorpus(42).Comments(50, "课后服务", 10).ToList());
    }

    [Fact]
    public void Every_draft_splits_into_articles_people_can_comment_on()
    {
        foreach (var seed in new GeneratedCorpus(7).Consultations(6, 2, 2026))
        {
            var clauses = ClauseSplitter.Split(seed.Consultation.Draft);
            Assert.InRange(clauses.Count, 13, 21);
            Assert.Equal("tiao-1", clauses[0].Anchor);
        }
    }

    [Fact]
    public void The_oldest_consultations_are_decided_and_the_newest_open()
    {
        var seeds = new GeneratedCorpus(7).Consultations(5, 2, 2026);
        Assert.All(seeds.Take(2), s => Assert.NotNull(s.Adoption));
        Assert.All(seeds.Skip(2), s => Assert.Null(s.Adoption));
        Assert.All(seeds.Skip(2), s => Assert.True(s.Consultation.OpenedDaysAgo < s.Consultation.WindowDays));
        // Every comment of a decided consultation is in one of its groups, so its report can be submitted.
        Assert.All(seeds.Take(2), s => Assert.Equal(Enumerable.Range(0, s.Comments.Count),
            s.Adoption!.Groups.SelectMany(g => g.Comments).Order()));
    }

    [Fact]
    public void About_a_third_of_the_comments_are_near_copies_of_campaign_letters()
    {
        var comments = new GeneratedCorpus(42).Comments(1000, "课后服务", 15).ToList();
        var (unique, copies) = NearCopies.Count(comments.Select((c, i) => new CommentText(i, c.Body)).ToList());
        Assert.InRange(copies, 250, 450);
        Assert.True(unique > 550, $"{unique} unique comments");
        Assert.All(comments, c => Assert.InRange(c.Body.Length, 10, Core.Comments.Comment.MaxBodyLength));
        Assert.All(comments.Where(c => c.Clause is not null), c => Assert.InRange(c.Clause!.Value, 0, 14));
    }

    private static string Snapshot(int seed)
    {
        var corpus = new GeneratedCorpus(seed);
        var consultations = corpus.Consultations(4, 1, 2026)
            .Select(s => $"{s.Consultation.Slug}|{s.Consultation.Title}|{s.Consultation.Draft}|{string.Join('/', s.Comments.Select(c => c.Body))}");
        var comments = corpus.Comments(200, corpus.SubjectOf(3), 12).Select(c => c.ToString());
        var documents = corpus.Documents(100, 2026).Select(d => d.ToString());
        return string.Join('\n', consultations.Concat(comments).Concat(documents));
    }
}
