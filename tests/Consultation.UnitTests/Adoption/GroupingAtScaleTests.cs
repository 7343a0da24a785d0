using Consultation.Core.Adoption;
using Consultation.Infrastructure.Adoption;
using Consultation.Tests;

namespace Consultation.UnitTests.Adoption;

/// <summary>
/// Five thousand generated comments (50 planted topics reworded by many writers, a fifth unrelated) grouped as the
/// workbench does — near-copies by shingles, then reworded points by words — so that speeding grouping up for
/// 100,000 comments (capped LSH buckets, sentence-level segmentation) cannot quietly lose quality. Measured over
/// pairs of comments: precision is the share of pairs put together (other than two unrelated ones) that share a
/// planted topic, recall the share of same-topic pairs put together.
/// </summary>
public sealed class GroupingAtScaleTests
{
    private static readonly PlantedComments Planted = SyntheticComments.Generate(5_000, seed: 17);
    private static readonly CommentSegmenter Segmenter = new();

    private static readonly IReadOnlyList<IReadOnlyList<long>> Groups = new OpinionProposals(
        new GroupingOptions { SimilarityThreshold = new AdoptionOptions().SimilarityThreshold },
        new AdoptionOptions().WordSimilarityPercent / 100.0, Segmenter).Propose(Planted.Comments);

    [Fact]
    public void Every_planted_topic_is_found_as_one_group_with_nearly_all_its_comments()
    {
        var sameTopicPairs = Planted.TopicOf.Values.Where(t => t >= 0).GroupBy(t => t).Sum(g => Pairs(g.Count()));
        var foundPairs = Groups.Sum(g => g.Where(id => Planted.TopicOf[id] >= 0).GroupBy(id => Planted.TopicOf[id]).Sum(t => Pairs(t.Count())));

        Assert.True(foundPairs >= 0.98 * sameTopicPairs, $"pair recall {foundPairs} of {sameTopicPairs}");
        var topicGroups = Groups.Where(g => Planted.TopicOf[Majority(g)] >= 0).ToList();
        Assert.Equal(SyntheticComments.Topics.Length, topicGroups.Select(Majority).Select(id => Planted.TopicOf[id]).Distinct().Count());
        Assert.Equal(SyntheticComments.Topics.Length, topicGroups.Count(g => g.Count >= 20));
    }

    [Fact]
    public void Unrelated_comments_are_not_pulled_into_the_topics()
    {
        // The unrelated comments are made of the same few dozen common words, so the word clusterer gathers many
        // of them into groups of their own; those pairs say nothing about the topics and are left out.
        var togetherPairs = Groups.Sum(g => Pairs(g.Count) - Pairs(g.Count(id => Planted.TopicOf[id] < 0)));
        var sameTopicTogether = Groups.Sum(g => g.Where(id => Planted.TopicOf[id] >= 0).GroupBy(id => Planted.TopicOf[id]).Sum(t => Pairs(t.Count())));
        var unrelatedInTopics = Groups.Where(g => Planted.TopicOf[Majority(g)] >= 0).Sum(g => g.Count(id => Planted.TopicOf[id] < 0));

        Assert.True(sameTopicTogether >= 0.99 * togetherPairs, $"pair precision {sameTopicTogether} of {togetherPairs}");
        Assert.True(unrelatedInTopics <= 0.01 * Planted.TopicOf.Values.Count(t => t < 0), $"{unrelatedInTopics} unrelated comments in topic groups");
    }

    private static long Pairs(long count) => count * (count - 1) / 2;

    /// <summary>A member of the group's largest topic (or of the unrelated ones, if they are the most).</summary>
    private static long Majority(IReadOnlyList<long> group) =>
        group.GroupBy(id => Planted.TopicOf[id]).MaxBy(t => t.Count())!.First();
}
