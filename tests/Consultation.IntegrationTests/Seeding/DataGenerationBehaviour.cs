using System.Net;
using Consultation.Core;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Seeding;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.IntegrationTests.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Seeding;

/// <summary>
/// A small generated data set lands in the database through the entity verbs and the public pages show it: the
/// draft with its comments, the decided consultation's report, the catalog line and a document found by search.
/// </summary>
public abstract class DataGenerationBehaviour(SiteFixture site)
{
    private static readonly DataGenerationPlan Plan = new(Seed: 5, Consultations: 3, Decided: 1, Comments: 300, Documents: 40, BatchSize: 64);
    private static readonly GeneratedCorpus Corpus = new(Plan.Seed);
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static readonly HashSet<SiteFixture> Generated = [];

    [SkippableFact]
    public async Task The_draft_page_shows_the_newest_generated_comment()
    {
        await GeneratedAsync();
        var seeds = Corpus.Consultations(Plan.Consultations, Plan.Decided, ShanghaiTime.DayOf(DateTimeOffset.UtcNow).Year);
        var newest = Corpus.Comments(Plan.Comments, Corpus.SubjectOf(Plan.Consultations - 1),
            ClauseSplitter.Split(seeds[^1].Consultation.Draft).Count).Last(c => !c.Refused);

        var (response, page) = await site.NewBrowser().GetAsync($"/consultations/{seeds[^1].Consultation.Slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(seeds[^1].Consultation.Title, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Normalised(newest.Body), Normalised(page.QuerySelector("main")!.TextContent), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_decided_consultation_has_its_published_report_and_catalog_line()
    {
        await GeneratedAsync();
        var decided = Corpus.Consultations(Plan.Consultations, Plan.Decided, ShanghaiTime.DayOf(DateTimeOffset.UtcNow).Year)[0];

        var (report, reportPage) = await site.NewBrowser().GetAsync($"/consultations/{decided.Consultation.Slug}/report");
        var (catalog, catalogPage) = await site.NewBrowser().GetAsync($"/catalog/{decided.Decision.Year}");

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains(decided.Adoption!.Groups[0].Title, reportPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, catalog.StatusCode);
        Assert.Contains(decided.Decision.Title, catalogPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_generated_document_is_found_by_search()
    {
        await GeneratedAsync();
        var document = Corpus.Documents(Plan.Documents, ShanghaiTime.DayOf(DateTimeOffset.UtcNow).Year).First(d => !d.IsPolicy);

        var page = await site.SearchAsync("q=" + Uri.EscapeDataString(document.DocumentNumber));

        Assert.Contains(document.Title, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Generating_the_same_seed_twice_is_refused()
    {
        await GeneratedAsync();
        var again = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            site.Factory.Services.GetRequiredService<DataGenerator>().GenerateAsync(Plan, _ => { }));
        Assert.Contains("seed 5", again.Message, StringComparison.Ordinal);
    }

    /// <summary>The tests of a class share one generated data set (generation adds; it never repeats a seed).</summary>
    private async Task GeneratedAsync()
    {
        var generator = site.Factory.Services.GetRequiredService<DataGenerator>();
        await Once.WaitAsync();
        try
        {
            if (Generated.Add(site)) await generator.GenerateAsync(Plan, _ => { });
        }
        finally
        {
            Once.Release();
        }
    }

    private static string Normalised(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
