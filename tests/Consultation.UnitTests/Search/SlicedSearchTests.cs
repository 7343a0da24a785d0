using Consultation.Infrastructure.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static Consultation.UnitTests.Search.TestIndex;

namespace Consultation.UnitTests.Search;

/// <summary>A search read in slices on several cores answers exactly as one pass over the whole index does.</summary>
public sealed class SlicedSearchTests
{
    [Theory]
    [InlineData("课后服务", SearchOrder.Relevance, 1)]
    [InlineData("课后服务", SearchOrder.Relevance, 2)]
    [InlineData("课后服务", SearchOrder.Date, 1)]
    [InlineData("学校 安全", SearchOrder.Relevance, 1)]
    [InlineData("学生", SearchOrder.Date, 2)]
    public void Slices_give_the_same_results_facets_and_order_as_one_pass(string text, SearchOrder order, int page)
    {
        using var index = new TestIndex();
        // One commit per batch: several segments, as a live index has.
        for (var batch = 0; batch < 6; batch++)
            index.Add(Enumerable.Range(0, 9).Select(i => Doc($"文件{batch}-{i}",
                string.Concat(Enumerable.Repeat("课后服务", 1 + (batch * 9 + i) % 5)) + (i % 3 == 0 ? "学校安全" : "学生"),
                kind: (SearchKind)(i % 4), date: Now.AddDays(-(batch * 9 + i)))).ToArray());
        var sliced = new SearchEngine(index.Index, Options.Create(new SearchOptions
        {
            PageSize = 10, ParallelSlices = 3, ParallelFromDocuments = 0,
        }), NullLogger<SearchEngine>.Instance);
        var request = new SearchRequest(text, Order: order, Page: page);

        var whole = index.Search(request);
        var parts = sliced.Run(request, SynonymSet.Empty, Now);

        Assert.True(whole.Total > 10, "the query should match more than one page");
        Assert.Equal(whole.Total, parts.Total);
        Assert.Equal(whole.Hits.Select(h => h.Title), parts.Hits.Select(h => h.Title));
        Assert.Equal(whole.Facets.Kinds, parts.Facets.Kinds);
        Assert.Equal(whole.Facets.Years, parts.Facets.Years);
    }
}
