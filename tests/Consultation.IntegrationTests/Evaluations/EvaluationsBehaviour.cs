using System.Net;
using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Evaluations;

/// <summary>Policy evaluations written by an editor, passed through 三审 and public by year; run on SQLite and PostgreSQL.</summary>
public abstract class EvaluationsBehaviour(SiteFixture site)
{
    private static async Task<string> CreateAsync(Browser editor, params (string Name, string Value)[] fields)
    {
        var response = await editor.SubmitAsync("/admin/evaluations/new", "/admin/evaluations",
            fields.ToDictionary(f => f.Name, f => f.Value));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    [SkippableFact]
    public async Task An_evaluation_passes_three_reviews_and_is_then_public_with_its_policy_method_and_period()
    {
        var editor = await site.SignInAsync("editor");
        var year = DateTime.UtcNow.AddHours(8).Year;
        var page = await CreateAsync(editor, ("Title", "政务公开通知专家评估"), ("PolicyDocumentId", "1"),
            ("Method", "Expert"), ("PeriodStart", $"{year}-02-01"), ("PeriodEnd", $"{year}-03-31"),
            ("Result", "## 结论\n\n通知**总体有效**。"));
        var id = page.Split('/').Last();
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFieldsAsync(page, ReviewUrl.For(page, "submit"))).StatusCode);
        foreach (var reviewer in new[] { "reviewer1", "reviewer2" })
            await (await site.SignInAsync(reviewer)).PostFieldsAsync(page, ReviewUrl.For(page, "approve"));

        Assert.Equal(HttpStatusCode.NotFound, (await site.NewBrowser().GetAsync($"/evaluations/{id}")).Response.StatusCode);
        await (await site.SignInAsync("reviewer3")).PostFieldsAsync(page, ReviewUrl.For(page, "approve"));

        var (response, shown) = await site.NewBrowser().GetAsync($"/evaluations/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/policies/1", shown.QuerySelector("#policy-link")!.GetAttribute("href"));
        Assert.Equal("专家评估", shown.QuerySelector("#evaluation-method")!.TextContent);
        Assert.Equal($"{year}-02-01 至 {year}-03-31", shown.QuerySelector("#evaluation-period")!.TextContent);
        Assert.Equal("总体有效", shown.QuerySelector("#evaluation-result strong")!.TextContent);
        var (_, yearPage) = await site.NewBrowser().GetAsync("/evaluations");
        Assert.Contains($"/evaluations/{id}", yearPage.QuerySelectorAll("#evaluations a").Select(a => a.GetAttribute("href")));
        Assert.Matches("^本年度已公开 [1-9][0-9]* 项，要求不少于 2 项。$", yearPage.QuerySelector("#evaluation-count")!.TextContent);
        var (_, policy) = await site.NewBrowser().GetAsync("/policies/1");
        Assert.Contains($"/evaluations/{id}", policy.QuerySelectorAll("#policy-evaluations a").Select(a => a.GetAttribute("href")));
    }

    [SkippableFact]
    public async Task The_public_year_page_lists_published_evaluations_and_counts_them_against_the_minimum()
    {
        var (response, page) = await site.NewBrowser().GetAsync("/evaluations");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var listed = page.QuerySelectorAll("#evaluations tbody tr").Select(r => r.QuerySelector("th")!.TextContent).ToList();
        Assert.Contains("政务公开工作通知实施情况第三方评估", listed);
        Assert.DoesNotContain("课后服务政策执行情况问卷调查", listed);
        Assert.Equal($"本年度已公开 {listed.Count} 项，要求不少于 2 项。", page.QuerySelector("#evaluation-count")!.TextContent);
    }

    [SkippableFact]
    public async Task An_evaluation_without_a_result_is_refused_at_submission_and_stays_a_draft()
    {
        var editor = await site.SignInAsync("editor");
        var page = await CreateAsync(editor, ("Title", "学前教育政策自评估"), ("PolicyTitle", "学前教育三年行动计划"),
            ("Method", "SelfAssessment"), ("Result", ""));

        var refused = await editor.PostFieldsAsync(page, ReviewUrl.For(page, "submit"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("没有评估结果，不能送审或公开", (await Browser.ParseAsync(refused)).Text());
        Assert.Equal("草稿", (await editor.GetAsync(page)).Page.QuerySelector("#evaluation-state")!.TextContent);
    }

    [SkippableFact]
    public async Task A_policy_that_is_not_a_published_policy_document_is_refused_with_a_localized_message()
    {
        var editor = await site.SignInAsync("editor");

        var refused = await editor.SubmitAsync("/admin/evaluations/new", "/admin/evaluations",
            new Dictionary<string, string> { ["Title"] = "评估", ["PolicyDocumentId"] = "999", ["Result"] = "结论" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("请从本站已发布的政策文件中选择评估对象", (await Browser.ParseAsync(refused)).Text());
    }

    [SkippableFact]
    public async Task A_period_ending_before_it_starts_is_refused_with_a_localized_message()
    {
        var editor = await site.SignInAsync("editor");

        var refused = await editor.SubmitAsync("/admin/evaluations/new", "/admin/evaluations",
            new Dictionary<string, string>
            {
                ["Title"] = "评估", ["PolicyTitle"] = "某政策", ["PeriodStart"] = "2026-05-01", ["PeriodEnd"] = "2026-04-01",
            });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("结束日期不能早于开始日期", (await Browser.ParseAsync(refused)).Text());
    }
}
