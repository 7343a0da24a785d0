using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using Consultation.IntegrationTests.Infrastructure;
using AngleSharp.Dom;

namespace Consultation.IntegrationTests.Catalog;

/// <summary>The 年度重大行政决策事项目录: public list, filters, exports and the back office; SQLite and PostgreSQL.</summary>
public abstract class CatalogBehaviour(SiteFixture site)
{
    private const string RulesDecision = "公众参与工作规定";

    [SkippableFact]
    public async Task The_demo_catalog_lists_both_decisions_with_working_links_to_draft_explanation_and_background()
    {
        var (response, page) = await site.NewBrowser().GetAsync("/catalog/2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#catalog tbody tr");
        Assert.Equal(2, rows.Length);
        var links = rows[0].QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(links, l => l.StartsWith("/consultations/", StringComparison.Ordinal) && l.EndsWith("#draft", StringComparison.Ordinal));
        Assert.Contains(links, l => l.EndsWith("#explanation", StringComparison.Ordinal));
        var background = links.Single(l => l.StartsWith("/decisions/", StringComparison.Ordinal));
        var (shown, decision) = await site.NewBrowser().GetAsync(background);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("落实", decision.QuerySelector("#background")!.TextContent);
    }

    [SkippableFact]
    public async Task The_catalog_address_without_a_year_opens_the_public_year_page_not_the_back_office()
    {
        var (chosen, _) = await site.NewBrowser().GetAsync("/catalog?year=2025&status=Decided");
        var (latest, _) = await site.NewBrowser().GetAsync("/catalog");

        Assert.Equal("/catalog/2025?status=Decided", chosen.Headers.Location?.OriginalString);
        Assert.Matches("^/catalog/[0-9]{4}$", latest.Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task A_decided_entry_is_public_only_after_three_reviews_and_without_report_and_result_shows_pending_not_a_link()
    {
        var editor = await site.SignInAsync("editor");
        var created = await CreateAsync(editor, 2027, new Dictionary<string, string> { ["Status"] = "Decided" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (_, unreviewed) = await site.NewBrowser().GetAsync("/catalog/2027");
        Assert.Empty(unreviewed.QuerySelectorAll("#catalog tbody tr"));
        await site.PassReviewAsync(editor, created.Headers.Location!.OriginalString);

        var (_, page) = await site.NewBrowser().GetAsync("/catalog/2027");

        var row = page.QuerySelectorAll("#catalog tbody tr").Single();
        Assert.Equal("待公开", Slot(row, "Feedback").QuerySelector(".pending")!.TextContent);
        Assert.Null(Slot(row, "Feedback").QuerySelector("a"));
        Assert.Null(Slot(row, "Result").QuerySelector("a"));
        Assert.NotNull(Slot(row, "Draft").QuerySelector("a"));
        var (_, admin) = await editor.GetAsync("/admin/catalog?year=2027");
        Assert.Contains("意见收集和采纳情况", admin.QuerySelector("#catalog-entries .completeness")!.TextContent);
    }

    [SkippableFact]
    public async Task A_typed_address_for_an_internal_link_is_refused_and_nothing_is_stored()
    {
        var editor = await site.SignInAsync("editor");

        var refused = await CreateAsync(editor, 2028,
            new Dictionary<string, string> { ["Draft"] = "https://example.org/draft.html" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("不能填写网址", (await Browser.ParseAsync(refused)).Text());
        var (_, page) = await site.NewBrowser().GetAsync("/catalog/2028");
        Assert.Empty(page.QuerySelectorAll("#catalog tbody tr"));
    }

    [SkippableFact]
    public async Task Filters_narrow_the_list_by_status_and_office()
    {
        var browser = site.NewBrowser();

        Assert.Equal(2, await CountAsync(browser, "/catalog/2026?status=Consulting"));
        Assert.Equal(0, await CountAsync(browser, "/catalog/2026?status=Adjusted"));
        Assert.Equal(2, await CountAsync(browser, "/catalog/2026?office=" + Uri.EscapeDataString("办公室")));
        Assert.Equal(0, await CountAsync(browser, "/catalog/2026?office=" + Uri.EscapeDataString("财务处")));
    }

    [SkippableFact]
    public async Task The_catalog_downloads_as_csv_with_a_byte_order_mark_as_json_and_as_an_atom_feed()
    {
        var client = site.NewBrowser().Client;

        var csv = await client.GetAsync("/catalog/2026/catalog.csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("年度,决策事项,承办单位", lines[0]);

        using var json = JsonDocument.Parse(await client.GetStringAsync("/catalog/2026/catalog.json"));
        Assert.Equal(2, json.RootElement.GetArrayLength());
        Assert.EndsWith("#draft", json.RootElement[0].GetProperty("links").GetProperty("draft").GetString());

        await using var atom = await client.GetStreamAsync("/catalog/2026/atom.xml");
        using var reader = XmlReader.Create(atom);
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal(2, feed.Items.Count());
        Assert.Contains(feed.Items, i => i.Title.Text.Contains(RulesDecision, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task The_dashboard_shows_the_catalog_publication_due_date()
    {
        var (_, page) = await (await site.SignInAsync("editor")).GetAsync("/admin");

        Assert.Contains("-06-30", page.QuerySelector("#catalog-due")!.TextContent);
    }

    private static IElement Slot(IElement row, string slot) => row.QuerySelector($"li[data-slot={slot}]")!;

    private static async Task<int> CountAsync(Browser browser, string url) =>
        (await browser.GetAsync(url)).Page.QuerySelectorAll("#catalog tbody tr").Length;

    /// <summary>An entry for the rules decision, linking its consultation's draft and explanation and its background.</summary>
    private static async Task<HttpResponseMessage> CreateAsync(Browser editor, int year, Dictionary<string, string> overrides)
    {
        var pageUrl = $"/admin/catalog/new?year={year}";
        var (_, page) = await editor.GetAsync(pageUrl);
        string Option(string select, string text) => page.QuerySelectorAll($"select[name={select}] option")
            .First(o => o.TextContent.Contains(text, StringComparison.Ordinal)).GetAttribute("value")!;
        var fields = new Dictionary<string, string>
        {
            ["DecisionId"] = Option("DecisionId", RulesDecision),
            ["Office"] = "办公室",
            ["Draft"] = Option("Draft", "公众参与"),
            ["Explanation"] = Option("Explanation", "公众参与"),
            ["Background"] = Option("Background", RulesDecision),
        };
        foreach (var (key, value) in overrides) fields[key] = value;
        return await editor.SubmitAsync(pageUrl, "/admin/catalog", fields);
    }
}
