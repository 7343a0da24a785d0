using System.Net;
using Consultation.IntegrationTests.Infrastructure;
using AngleSharp.Dom;

namespace Consultation.IntegrationTests.Policies;

/// <summary>Policy documents with 三同步 interpretations; run on SQLite and on PostgreSQL.</summary>
public abstract class PoliciesBehaviour(SiteFixture site)
{
    [SkippableFact]
    public async Task The_policy_page_links_to_each_interpretation_and_each_interpretation_shows_its_form_and_links_back()
    {
        var browser = site.NewBrowser();
        var (response, policy) = await browser.GetAsync("/policies/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = policy.QuerySelectorAll("#interpretations a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, links.Count);
        var forms = new List<string>();
        foreach (var link in links)
        {
            var (shown, page) = await browser.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
            forms.Add(page.QuerySelector("#interpretation-form")!.TextContent);
            Assert.Equal("/policies/1", page.QuerySelector("#policy-link")!.GetAttribute("href"));
        }
        Assert.Equal(2, forms.Distinct().Count());
    }

    [SkippableFact]
    public async Task A_policy_with_one_interpretation_form_is_refused_at_submission_and_stays_a_draft()
    {
        var editor = await site.SignInAsync("editor");
        var created = await editor.PostFieldsAsync("/admin/policies", "/admin/policies",
            ("title", "关于规范校外培训的通知"), ("documentNumber", "鲁教办字〔2026〕9号"), ("body", "正文"));
        var page = created.Headers.Location!.OriginalString;
        await editor.PostFieldsAsync(page, $"{page}/interpretations",
            ("form", "Text"), ("title", "文字解读"), ("body", "解读内容"));
        await editor.PostFieldsAsync(page, $"{page}/interpretations",
            ("form", "Text"), ("title", "又一篇文字解读"), ("body", "解读内容"));

        var refused = await editor.PostFieldsAsync(page, ReviewUrl.For(page, "submit"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("至少需要 2 种解读形式，目前只有 1 种", (await Browser.ParseAsync(refused)).Text());
        var (_, after) = await editor.GetAsync(page);
        Assert.Equal("草稿", after.QuerySelector("#policy-state")!.TextContent);
        var id = page.Split('/').Last();
        Assert.Equal(HttpStatusCode.NotFound, (await site.NewBrowser().GetAsync($"/policies/{id}")).Response.StatusCode);
    }

    [SkippableFact]
    public async Task A_reviewer_sends_a_policy_back_from_its_page_and_the_editor_sees_why()
    {
        var editor = await site.SignInAsync("editor");
        var created = await editor.PostFieldsAsync("/admin/policies", "/admin/policies",
            ("title", "关于做好秋季学期开学工作的通知"), ("documentNumber", "鲁教办字〔2026〕31号"), ("body", "正文"));
        var page = created.Headers.Location!.OriginalString;
        await editor.PostFieldsAsync(page, $"{page}/interpretations", ("form", "Text"), ("title", "文字解读"), ("body", "解读"));
        await editor.PostFieldsAsync(page, $"{page}/interpretations", ("form", "Graphic"), ("title", "图解"), ("body", "图解"));
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(page, ReviewUrl.For(page, "submit"))).StatusCode);

        var reviewer = await site.SignInAsync("reviewer1");
        var sentBack = await reviewer.SubmitAsync(page, ReviewUrl.For(page, "send-back"),
            new Dictionary<string, string> { ["comment"] = "请补充图解的数据来源" });

        Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        var (_, after) = await editor.GetAsync(page);
        Assert.Equal("草稿", after.QuerySelector("#policy-state")!.TextContent);
        Assert.Contains("请补充图解的数据来源", after.QuerySelector("#return-comment")!.TextContent);
    }
}
