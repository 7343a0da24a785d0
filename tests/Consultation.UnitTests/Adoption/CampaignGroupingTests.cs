using Consultation.Core.Adoption;
using Consultation.Infrastructure.Adoption;
using Consultation.Tests;

namespace Consultation.UnitTests.Adoption;

/// <summary>
/// A 300-comment campaign (five points in six wordings each, near-copies of one letter, one-off comments): one run
/// at the default settings must propose each point as one group, keep points apart — two of them share a clause —
/// and leave every one-off out of the points' groups.
/// </summary>
public sealed class CampaignGroupingTests
{
    private static readonly PlantedComments Campaign = CampaignComments.Generate();
    private static readonly CommentSegmenter Segmenter = new();

    private static IReadOnlyList<IReadOnlyList<long>> Propose(double wordSimilarity) =>
        new OpinionProposals(new GroupingOptions { SimilarityThreshold = new AdoptionOptions().SimilarityThreshold },
            wordSimilarity, Segmenter).Propose(Campaign.Comments);

    private static IReadOnlyList<IReadOnlyList<long>> Default => Propose(new AdoptionOptions().WordSimilarityPercent / 100.0);

    [Fact]
    public void Every_point_comes_out_as_one_group_with_all_its_comments()
    {
        var groups = Default;
        for (var point = 0; point < CampaignComments.Points.Length; point++)
        {
            var mine = Campaign.TopicOf.Where(p => p.Value == point).Select(p => p.Key).Order().ToList();
            var holding = groups.Where(g => g.Any(mine.Contains)).ToList();
            Assert.True(holding.Count == 1, $"point {point} is spread over {holding.Count} groups");
            Assert.Equal(mine, holding[0].Where(mine.Contains));
        }
    }

    [Fact]
    public void Distinct_points_stay_apart_even_on_the_same_clause_and_one_offs_stay_out()
    {
        var groups = Default;

        Assert.All(groups, g => Assert.Single(g.Select(id => Campaign.TopicOf[id]).Distinct()));
        Assert.Equal(CampaignComments.Points.Length, groups.Count(g => Campaign.TopicOf[g[0]] >= 0));
    }

    [Fact]
    public void Near_copies_alone_leave_the_reworded_points_spread_over_many_groups()
    {
        var shinglesOnly = new OpinionClusterer(new GroupingOptions()).Cluster(Campaign.Comments);

        Assert.True(shinglesOnly.Count(g => Campaign.TopicOf[g[0]] == 0) > 1);
    }

    [Fact]
    public void A_stricter_threshold_proposes_more_and_smaller_groups()
    {
        Assert.True(Propose(0.6).Count > Default.Count);
    }
}
