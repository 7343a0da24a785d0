using Consultation.Core.Consultations;
using Consultation.Infrastructure.Search;
using static Consultation.UnitTests.Search.TestIndex;

namespace Consultation.UnitTests.Search;

public sealed class FacetAndOrderTests
{
    private static SearchDocument Dated(string title, SearchKind kind, int year, int? column = null) =>
        Doc(title, "课后服务", kind: kind, date: new DateTimeOffset(year, 6, 1, 0, 0, 0, TimeSpan.Zero)) with { ColumnId = column };

    private static TestIndex Index() => new(
        Dated("政策甲", SearchKind.Policy, 2024),
        Dated("政策乙", SearchKind.Policy, 2025),
        Dated("文章甲", SearchKind.Article, 2025, column: 3),
        Dated("文章乙", SearchKind.Article, 2025, column: 4),
        Dated("文章丙", SearchKind.Article, 2026, column: 3),
        Doc("草案", "课后服务", kind: SearchKind.Draft) with
        {
            Consultation = new ConsultationTimes(Now.AddDays(-1), Now.AddDays(29), null),
        },
        Doc("旧草案", "课后服务", kind: SearchKind.Draft) with
        {
            Consultation = new ConsultationTimes(Now.AddDays(-90), Now.AddDays(-60), Now.AddDays(-30)),
        });

    [Fact]
    public void Facets_count_every_match_by_type_year_column_and_status()
    {
        using var index = Index();

        var facets = index.Search("课后服务").Facets;

        Assert.Equal([new(SearchKind.Draft, 2), new(SearchKind.Policy, 2), new(SearchKind.Article, 3)], facets.Kinds);
        Assert.Equal([new(2026, 3), new(2025, 3), new(2024, 1)], facets.Years);
        Assert.Equal([new(3, 2), new(4, 1)], facets.Columns);
        Assert.Equal([new(ConsultationStatus.Open, 1), new(ConsultationStatus.Reported, 1)], facets.Statuses);
    }

    [Fact]
    public void A_chosen_facet_filters_the_results_and_the_other_facets_but_keeps_its_own_alternatives()
    {
        using var index = Index();

        var results = index.Search(new SearchRequest("课后服务", Kind: SearchKind.Article, Year: 2025));

        Assert.Equal(new HashSet<string> { "文章甲", "文章乙" }, results.Hits.Select(h => h.Title).ToHashSet());
        Assert.Equal(2, results.Total);
        Assert.Equal([new(SearchKind.Policy, 1), new(SearchKind.Article, 2)], results.Facets.Kinds);
        Assert.Equal([new(2026, 1), new(2025, 2)], results.Facets.Years);
        Assert.Equal([new(3, 1), new(4, 1)], results.Facets.Columns);
    }

    [Fact]
    public void The_status_facet_uses_the_status_at_search_time()
    {
        using var index = Index();

        var open = index.Search(new SearchRequest("课后服务", Status: ConsultationStatus.Open));

        Assert.Equal("草案", Assert.Single(open.Hits).Title);
    }

    [Fact]
    public void Date_order_puts_the_newest_first_and_pages_hold_the_rest()
    {
        using var index = new TestIndex(Enumerable.Range(1, 25)
            .Select(i => Doc($"通知{i:00}", "课后服务", date: Now.AddDays(-i))).ToArray());

        var first = index.Search(new SearchRequest("课后服务", Order: SearchOrder.Date));
        var third = index.Search(new SearchRequest("课后服务", Order: SearchOrder.Date, Page: 3));

        Assert.Equal(25, first.Total);
        Assert.Equal(3, first.PageCount);
        Assert.Equal("通知01", first.Hits[0].Title);
        Assert.Equal(["通知21", "通知22", "通知23", "通知24", "通知25"], third.Hits.Select(h => h.Title));
    }

    [Fact]
    public void Filters_without_text_list_everything_in_the_facet_newest_first()
    {
        using var index = Index();

        var policies = index.Search(new SearchRequest("", Kind: SearchKind.Policy));

        Assert.Equal(["政策乙", "政策甲"], policies.Hits.Select(h => h.Title));
    }
}
