using System.Net;
using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Content;

/// <summary>What a citizen sees on the public shell; run on SQLite and on PostgreSQL.</summary>
public abstract class PublicSiteBehaviour(SiteFixture site)
{
    private Browser Visitor() => new(site.Factory.CreatePlainClient());

    [SkippableFact]
    public async Task Home_lists_the_department_columns_with_their_latest_items()
    {
        var (response, page) = await Visitor().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        var headings = page.QuerySelectorAll(".home-column h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("政策文件", headings);
        Assert.Contains("重大行政决策", headings);
        Assert.Contains("政务公开工作要点", headings);
        Assert.Contains(page.QuerySelectorAll(".home-column a"), a => a.TextContent == "关于印发2023年政务公开工作要点任务分工的通知");
    }

    [SkippableTheory]
    [InlineData("consultations", "查看全部意见征集", "/consultations")]
    [InlineData("major-decisions", "年度重大行政决策事项目录", "/catalog/")]
    [InlineData("major-decisions", "厅长办公会公众列席", "/meetings")]
    [InlineData("decision-catalog", "年度重大行政决策事项目录", "/catalog/")]
    [InlineData("policy-documents", "政策文件及解读", "/policies")]
    [InlineData("policy-evaluations", "政策评估结果", "/evaluations")]
    [InlineData("work-points", "工作要点落实进度", "/work-points/2023")]
    [InlineData("disclosure-on-request", "提交申请和查询办理情况", "/disclosure")]
    [InlineData("messages", "我要留言", "/messages")]
    [InlineData("responses", "回应关切", "/responses")]
    public async Task A_column_leads_to_its_live_feature_page(string column, string label, string lands)
    {
        var visitor = Visitor();
        var (_, page) = await visitor.GetAsync($"/columns/{column}");
        var link = page.QuerySelectorAll(".feature-links a").Single(a => a.TextContent == label);

        var (response, _) = await visitor.GetAsync(link.GetAttribute("href")!);
        var target = response.Headers.Location?.OriginalString ?? link.GetAttribute("href")!;
        var (final, _) = await visitor.GetAsync(target);

        Assert.StartsWith(lands, target, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, final.StatusCode);
        Assert.Empty(page.QuerySelectorAll("p.empty"));
    }

    [SkippableFact]
    public async Task The_notice_shows_its_metadata_block_and_task_table()
    {
        var visitor = Visitor();
        var (_, home) = await visitor.GetAsync("/");
        var link = home.QuerySelectorAll("a").First(a => a.TextContent == "关于印发2023年政务公开工作要点任务分工的通知");

        var (response, page) = await visitor.GetAsync(link.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var metadata = page.QuerySelectorAll(".metadata div").ToDictionary(
            d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal("11370000004502323D/2024-00050", metadata["索引号"]);
        Assert.Equal("山东省教育厅", metadata["发布机构"]);
        Assert.Equal("鲁教厅办字〔2023〕24号", metadata["发文字号"]);
        Assert.Equal("2024-01-18", metadata["成文日期"]);
        Assert.Equal("制度建设", metadata["主题分类"]);
        Assert.True(metadata.ContainsKey("有效性"));
        var rows = page.QuerySelectorAll("table.data-table tbody tr");
        Assert.Equal(14, rows.Length);
        var last = rows[^1].QuerySelectorAll("th, td").Select(c => c.TextContent).ToList();
        Assert.Equal(["队伍建设与业务培训", "办公室", "各市教育(教体)局、各高等学校"], [last[0], last[2], last[3]]);
    }

    [SkippableFact]
    public async Task A_column_page_lists_its_items_and_tolerates_a_bad_page_number()
    {
        var (response, page) = await Visitor().GetAsync("/columns/work-points?page=999999");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("政务公开工作要点", page.QuerySelector("h1")!.TextContent);
        Assert.Single(page.QuerySelectorAll(".item-list li"));
    }

    [SkippableFact]
    public async Task An_unknown_page_is_a_friendly_404_that_leaks_nothing()
    {
        var (response, page) = await Visitor().GetAsync("/articles/987654");
        var html = page.DocumentElement.OuterHtml;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("页面不存在", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain("Microsoft", html);
        Assert.DoesNotContain("/work/", html);
    }

    [SkippableFact]
    public async Task Every_page_carries_the_security_headers()
    {
        var response = await Visitor().Client.GetAsync("/");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", scriptSrc);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [SkippableFact]
    public async Task The_stylesheet_is_served_from_the_top_level_wwwroot()
    {
        var response = await Visitor().Client.GetAsync("/css/site.css");
        var served = await response.Content.ReadAsByteArrayAsync();
        var root = Consultation.Web.Hosting.SiteRoot.Locate();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(root, "wwwroot", "css", "site.css")), served);
    }

    [SkippableFact]
    public async Task English_can_be_chosen_and_sticks()
    {
        var visitor = Visitor();
        var switched = await visitor.Client.GetAsync("/language/en?returnUrl=%2Fcolumns%2Fnotices");
        Assert.Equal("/columns/notices", switched.Headers.Location!.OriginalString);

        var (_, page) = await visitor.GetAsync("/columns/notices");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Notices", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Home", page.QuerySelector(".site-nav")!.TextContent);
    }

    [SkippableTheory]
    [InlineData("zh-CN", "“abc”不是有效的值，请检查后重试。")]
    [InlineData("en", "“abc” is not a valid value; please check it and try again.")]
    public async Task A_value_that_does_not_fit_is_explained_in_the_page_language(string language, string message)
    {
        var visitor = Visitor();
        await visitor.Client.GetAsync($"/language/{language}?returnUrl=%2F");

        var (_, page) = await visitor.GetAsync("/subscribe?consultation=abc");

        Assert.Contains(message, page.Body!.TextContent);
        Assert.DoesNotContain("is not valid.", page.Body!.TextContent);
    }

    [SkippableFact]
    public async Task The_language_switch_never_redirects_off_site()
    {
        var response = await Visitor().Client.GetAsync("/language/en?returnUrl=https%3A%2F%2Fevil.example%2F");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [SkippableFact]
    public async Task The_footer_shows_the_site_identity_from_configuration()
    {
        var (_, page) = await Visitor().GetAsync("/");
        var footer = page.QuerySelector(".site-footer")!.TextContent;

        Assert.Contains("3700000053", footer);
        Assert.Contains("鲁ICP备", footer);
        Assert.Contains("主办单位", footer);
    }
}
