using Consultation.Core.Catalog;

namespace Consultation.UnitTests.Catalog;

public sealed class DecisionProgressTests
{
    [Theory]
    [InlineData(false, false, false, CatalogStatus.Planned)]
    [InlineData(true, false, false, CatalogStatus.Consulting)]
    [InlineData(true, true, false, CatalogStatus.Reported)]
    [InlineData(true, true, true, CatalogStatus.Decided)]
    public void A_planned_line_shows_how_far_the_published_facts_go(bool consulted, bool reported, bool result,
        CatalogStatus shown) =>
        Assert.Equal(shown, new DecisionProgress(consulted, reported, result).Follow(CatalogStatus.Planned));

    [Fact]
    public void An_approved_status_ahead_of_the_facts_is_kept_and_an_adjusted_line_is_never_overridden()
    {
        Assert.Equal(CatalogStatus.Decided, new DecisionProgress(true, false, false).Follow(CatalogStatus.Decided));
        Assert.Equal(CatalogStatus.Adjusted, new DecisionProgress(true, true, true).Follow(CatalogStatus.Adjusted));
    }

    [Fact]
    public void Ticking_the_catalog_box_makes_a_line_with_the_decisions_own_links_submitted_for_first_review()
    {
        var entry = CatalogEntry.ForDecision(2026, 7, "政策法规处", 12, Actors.Editor, DateTimeOffset.UtcNow);

        Assert.Equal(Core.Review.ReviewState.AwaitingFirstReview, entry.Workflow.State);
        Assert.Equal(new SiteRecord(SiteRecordKind.Consultation, 12), entry.LinkOf(CatalogSlot.Draft));
        Assert.Equal(new SiteRecord(SiteRecordKind.Decision, 7), entry.LinkOf(CatalogSlot.Background));
        Assert.Null(entry.Published);
    }
}
