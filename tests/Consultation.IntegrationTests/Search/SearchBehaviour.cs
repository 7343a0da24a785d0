using System.Net;
using Consultation.Core.Content;
using Consultation.IntegrationTests.Infrastructure;
using AngleSharp.Dom;

namespace Consultation.IntegrationTests.Search;

/// <summary>Full-text search as visitors and administrators use it; run on SQLite and on PostgreSQL.</summary>
public abstract class SearchBehaviour(SiteFixture site)
{
    [SkippableFact]
    public async Task An_article_is_found_once_published_and_gone_once_unpublished()
    {
        var marker = SearchSteps.Marker();
        var id = await site.PublishArticleAsync($"关于{marker}的通知", "为做好冬季校园安全工作，现将有关事项通知如下。");

        Assert.Equal([$"关于{marker}的通知"], await site.TitlesFoundAsync(marker));

        await site.ChangeArticleAsync(id, a =>
        {
            a.Schedule(null, SearchSteps.Now.AddMinutes(-1), SearchSteps.Editor);
            a.UnpublishIfDue(DateTimeOffset.UtcNow);
        });

        Assert.Empty(await site.TitlesFoundAsync(marker));
    }

    [SkippableFact]
    public async Task A_new_version_is_not_searchable_until_it_passes_review()
    {
        var oldWord = SearchSteps.Marker();
        var newWord = SearchSteps.Marker();
        var id = await site.PublishArticleAsync($"校园安全{oldWord}", "冬季校园安全。");
        await site.ChangeArticleAsync(id, a => a.Revise(new ArticleContent($"校园安全{newWord}", "冬季校园安全。",
            DocumentMetadata.Empty("山东省教育厅")), SearchSteps.Editor, DateTimeOffset.UtcNow));

        Assert.Empty(await site.TitlesFoundAsync(newWord));
        Assert.Equal([$"校园安全{oldWord}"], await site.TitlesFoundAsync(oldWord));

        await site.ChangeArticleAsync(id, SearchSteps.PassReview);

        Assert.Equal([$"校园安全{newWord}"], await site.TitlesFoundAsync(newWord));
        Assert.Empty(await site.TitlesFoundAsync(oldWord));
    }

    [SkippableFact]
    public async Task A_clause_is_found_by_its_own_words_and_links_to_its_anchor()
    {
        var page = await site.SearchAsync("q=" + Uri.EscapeDataString("群众代表 列席") + "&type=clause");

        var first = page.QuerySelector("#search-hits .search-hit-title a")!;
        Assert.Equal("/consultations/public-participation-rules#tiao-5", first.GetAttribute("href"));
        Assert.StartsWith("第五条", first.TextContent.Trim());
        var marks = page.QuerySelectorAll("#search-hits .search-hit:first-child mark").Select(m => m.TextContent).ToList();
        Assert.Contains("群众代表", marks);
    }

    [SkippableFact]
    public async Task Matches_are_marked_and_markup_from_the_record_is_shown_as_text()
    {
        var marker = SearchSteps.Marker();
        await site.PublishArticleAsync($"<script>alert('{marker}')</script>{marker}",
            $"正文<img src=x onerror=alert(1)>{marker}<b>加粗</b>");

        var page = await site.SearchAsync("q=" + marker);

        var hit = page.QuerySelector("#search-hits .search-hit")!;
        Assert.Empty(hit.QuerySelectorAll("script, img, b"));
        Assert.Contains($"<script>alert('{marker}')</script>", hit.QuerySelector(".search-hit-title")!.TextContent);
        Assert.Contains("<img src=x onerror=alert(1)>", hit.QuerySelector(".search-hit-snippet")!.TextContent);
        Assert.All(hit.QuerySelectorAll("mark"), m => Assert.Equal(marker, m.TextContent));
        Assert.NotEmpty(hit.QuerySelectorAll("mark"));
    }

    public static TheoryData<string> HostileQueries() =>
    [
        "\"未闭合的引号", "*", "教育*", ":", "title:教育", "AND", "OR NOT", "(((", "~2", "\\", "/正则/",
        new string('教', 10_000), "\u0001\u0002\u001b控制字符", "<script>alert(1)</script>", "%00",
    ];

    [SkippableTheory]
    [MemberData(nameof(HostileQueries))]
    public async Task Any_query_gets_a_results_page_or_a_clear_no_results_page(string query)
    {
        await site.SearchCaughtUpAsync();
        var browser = site.NewBrowser();

        var (response, page) = await browser.GetAsync("/search?q=" + Uri.EscapeDataString(query));
        var api = await site.Factory.CreatePlainClient().GetAsync("/api/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.True(page.QuerySelector("#search-hits") is not null || page.QuerySelector("#search-none, #search-prompt") is not null,
            page.Text());
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [SkippableFact]
    public async Task Invalid_characters_in_the_address_are_answered_too()
    {
        await site.SearchCaughtUpAsync();
        var client = site.Factory.CreatePlainClient();

        foreach (var raw in new[] { "%ED%A0%80", "%FF%FE", "%C0%AF", "%25%" })
        {
            var response = await client.GetAsync("/search?q=" + raw + "&page=abc&year=99999&type=nonsense&status=7");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        // NUL is never valid input anywhere on the site (PostgreSQL cannot even store it): a 400 page that says so.
        foreach (var raw in new[] { "a%00b", "page=-5&year=abc&type=%00" })
        {
            var response = await client.GetAsync("/search?q=" + raw + "&page=abc&year=99999&type=nonsense&status=7");
            var page = await Browser.ParseAsync(response);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        }
    }

    [SkippableFact]
    public async Task Type_facet_counts_are_the_numbers_of_results_each_choice_gives()
    {
        var all = await site.ApiAsync("q=" + Uri.EscapeDataString("公开"));
        var types = all.GetProperty("facets").GetProperty("type").EnumerateArray().ToList();

        Assert.True(types.Count >= 3);
        Assert.Equal(all.GetProperty("total").GetInt32(), types.Sum(t => t.GetProperty("count").GetInt32()));
        foreach (var type in types)
        {
            var chosen = await site.ApiAsync("q=" + Uri.EscapeDataString("公开") + "&type=" + type.GetProperty("value").GetString());
            Assert.Equal(type.GetProperty("count").GetInt32(), chosen.GetProperty("total").GetInt32());
            Assert.All(chosen.GetProperty("hits").EnumerateArray(),
                h => Assert.Equal(type.GetProperty("value").GetString(), h.GetProperty("type").GetString()));
        }
    }

    [SkippableFact]
    public async Task The_results_page_and_the_json_endpoint_answer_the_same_parameters()
    {
        const string query = "q=%E5%85%AC%E5%BC%80&type=draft&sort=date";
        var api = await site.ApiAsync(query);
        var page = await site.SearchAsync(query);

        var pageLinks = page.QuerySelectorAll("#search-hits .search-hit-title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(api.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("url").GetString()).ToList(), pageLinks);
        Assert.NotEmpty(pageLinks);
        Assert.Equal("true", page.QuerySelector(".search-order a[href*='sort=date']")!.GetAttribute("aria-current"));
    }

    [SkippableFact]
    public async Task Every_public_page_has_a_labelled_search_box_in_its_header()
    {
        foreach (var path in new[] { "/", "/consultations", "/policies/1", "/search" })
        {
            var (_, page) = await site.NewBrowser().GetAsync(path);
            var form = page.QuerySelector("header form[role=search][action='/search']");
            Assert.NotNull(form);
            var input = form!.QuerySelector("input[name=q]")!;
            Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
        }
    }

    [SkippableFact]
    public async Task A_synonym_added_in_the_back_office_widens_searches_at_once()
    {
        var marker = SearchSteps.Marker();
        var abbreviation = SearchSteps.Marker();
        await site.PublishArticleAsync($"{marker}实施方案", "正文。");
        Assert.Empty(await site.TitlesFoundAsync(abbreviation));

        var admin = await site.SignInAsync("admin");
        var added = await admin.SubmitAsync("/admin/search", "/admin/search/synonyms",
            new Dictionary<string, string> { ["Term"] = abbreviation, ["Alternatives"] = marker });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        Assert.Equal([$"{marker}实施方案"], await site.TitlesFoundAsync(abbreviation));
        var (_, overview) = await admin.GetAsync("/admin/search");
        Assert.Contains(abbreviation, overview.QuerySelector("#synonym-list")!.TextContent);
    }

    [SkippableFact]
    public async Task A_synonym_without_alternatives_is_refused_with_the_reason_and_the_typed_term_kept()
    {
        var admin = await site.SignInAsync("admin");

        var refused = await admin.SubmitAsync("/admin/search", "/admin/search/synonyms",
            new Dictionary<string, string> { ["Term"] = "义教", ["Alternatives"] = "义教" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await Browser.ParseAsync(refused);
        Assert.Contains("请至少填写一个不同于该词语的同义词", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("义教", page.QuerySelector("#Term")!.GetAttribute("value"));
    }

    [SkippableFact]
    public async Task A_rebuild_from_the_back_office_shows_its_progress_and_keeps_every_result()
    {
        var marker = SearchSteps.Marker();
        await site.PublishArticleAsync($"{marker}专项行动", "正文。");
        Assert.Single(await site.TitlesFoundAsync(marker));
        var before = (await site.ApiAsync("q=" + Uri.EscapeDataString("公开"))).GetProperty("total").GetInt32();

        var admin = await site.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/search", "/admin/search/rebuild")).StatusCode);
        await site.SearchCaughtUpAsync();

        var (_, overview) = await admin.GetAsync("/admin/search");
        Assert.Equal("100", overview.QuerySelector("#rebuild-bar")!.GetAttribute("value"));
        Assert.Contains("重建完成", overview.QuerySelector("#rebuild-progress")!.TextContent);
        Assert.Equal("0", overview.QuerySelector("#index-behind")!.TextContent.Trim());
        Assert.Single(await site.TitlesFoundAsync(marker));
        Assert.Equal(before, (await site.ApiAsync("q=" + Uri.EscapeDataString("公开"))).GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task Only_administrators_reach_the_search_back_office()
    {
        var editor = await site.SignInAsync("editor");

        var response = await editor.Client.GetAsync("/admin/search");

        Assert.NotEqual(HttpStatusCode.OK, await editor.SeenStatusAsync(response));
    }
}
