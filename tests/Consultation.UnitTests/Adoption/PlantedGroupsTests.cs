using Consultation.Core.Adoption;
using Consultation.Tests;

namespace Consultation.UnitTests.Adoption;

/// <summary>Ten thousand generated comments with 50 planted topics: the groups found must be the planted ones.</summary>
public sealed class PlantedGroupsTests
{
    private static readonly PlantedComments Planted = SyntheticComments.Generate(10_000);
    private static readonly IReadOnlyList<IReadOnlyList<long>> Groups = new OpinionClusterer(new GroupingOptions()).Cluster(Planted.Comments);

    [Fact]
    public void Nearly_every_reworded_comment_lands_in_the_group_of_its_topic()
    {
        var planted = Planted.TopicOf.Where(p => p.Value >= 0).ToList();
        var groupOfTopic = Enumerable.Range(0, SyntheticComments.Topics.Length).ToDictionary(topic => topic,
            topic => Groups.MaxBy(g => g.Count(id => Planted.TopicOf[id] == topic)) ?? []);

        var found = planted.Count(p => groupOfTopic[p.Value].Contains(p.Key));

        Assert.True(found >= 0.98 * planted.Count, $"recall {found} of {planted.Count}");
        Assert.Equal(SyntheticComments.Topics.Length, groupOfTopic.Values.Distinct().Count());
    }

    [Fact]
    public void Groups_hold_one_topic_and_hardly_any_unrelated_comments()
    {
        var grouped = Groups.Sum(g => g.Count);
        var outsiders = Groups.Sum(g => g.Count - g.GroupBy(id => Planted.TopicOf[id]).Max(t => t.Count()));

        Assert.True(outsiders <= 0.01 * grouped, $"{outsiders} of {grouped} grouped comments are off-topic");
        Assert.All(Groups.Take(SyntheticComments.Topics.Length), g => Assert.NotEqual(-1, Planted.TopicOf[g[0]]));
    }
}
