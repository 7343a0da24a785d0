using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Review;

/// <summary>
/// An editor tries each path that once put text in front of the public without 三审: a new interpretation on a public
/// draft, a revised decision background, a changed catalog line, a work-point progress report, a letter typed in as an
/// offline comment. The public pages stay as they were until three reviewers have passed the change.
/// </summary>
public sealed class FormerBypassesWaitForReview(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task Nothing_an_editor_saves_reaches_the_public_before_three_reviewers_pass_it()
    {
        var interpretation = DemoConsultations.Unique("补充解读：新增的一图读懂");
        var background = DemoConsultations.Unique("修订后的决策背景");
        var note = DemoConsultations.Unique("进展：已召开专题推进会");
        var letter = DemoConsultations.Unique("来信：建议增加听证环节");
        var office = DemoConsultations.Unique("政策法规处");
        await using var editor = await Site.SignInAsync(Newsroom.Editor);
        var consultation = await AdminUrlOfAsync(editor.Page, DemoConsultations.OpenTitle);

        await editor.Page.GotoAsync(consultation);
        await editor.Page.GetByLabel("解读标题").FillAsync(interpretation);
        await editor.Page.GetByLabel("解读内容", new() { Exact = true }).FillAsync("解读正文。");
        await editor.Page.GetByRole(AriaRole.Button, new() { Name = "添加解读" }).ClickAsync();
        await Expect(editor.Page.Locator("#interpretations")).ToContainTextAsync(interpretation);

        await editor.Page.Locator("a[href^='/admin/decisions/']").First.ClickAsync();
        var decisionPage = editor.Page.Url;
        await editor.Page.GetByText("修订决策背景").ClickAsync();
        await editor.Page.Locator("#background").FillAsync(background);
        await editor.Page.GetByRole(AriaRole.Button, new() { Name = "保存为新版本" }).ClickAsync();

        await editor.Page.GotoAsync("/admin/catalog?year=2026");
        await editor.Page.Locator("#catalog-entries tbody a[href^='/admin/catalog/']").First.ClickAsync();
        await editor.Page.GetByLabel("承办单位").FillAsync(office);
        await editor.Page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Expect(editor.Page.GetByLabel("承办单位")).ToHaveValueAsync(office);

        await editor.Page.GotoAsync("/admin/work-points/1");
        await editor.Page.GetByLabel("进展说明").FillAsync(note);
        await editor.Page.GetByRole(AriaRole.Button, new() { Name = "保存进展" }).ClickAsync();
        await Expect(editor.Page.Locator("#pending-progress")).ToContainTextAsync(note);

        await editor.Page.GotoAsync(consultation + "/offline");
        await editor.Page.GetByLabel("意见摘要").FillAsync(letter);
        await editor.Page.GetByRole(AriaRole.Button, new() { Name = "保存线下意见" }).ClickAsync();

        var decisionId = decisionPage.Split('/').Last();
        await Page.GotoAsync(DemoConsultations.OpenPath);
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(interpretation);
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(letter);
        await Page.GotoAsync($"/decisions/{decisionId}");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(background);
        await Page.GotoAsync("/work-points/2023");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(note);
        await Page.GotoAsync("/catalog/2026");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(office);

        await editor.Page.GotoAsync(consultation);
        await editor.Page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        foreach (var reviewer in new[] { Newsroom.FirstReviewer, Newsroom.SecondReviewer })
        {
            await using var session = await Site.SignInAsync(reviewer);
            await session.Page.GotoAsync(consultation);
            await session.Page.ApproveAsync();
            await Page.GotoAsync(DemoConsultations.OpenPath);
            await Expect(Page.Locator("main")).Not.ToContainTextAsync(interpretation);
        }
        await using (var final = await Site.SignInAsync(Newsroom.FinalReviewer))
        {
            await final.Page.GotoAsync(consultation);
            await final.Page.ApproveAsync();
        }

        await Page.GotoAsync(DemoConsultations.OpenPath);
        await Expect(Page.Locator("#interpretations")).ToContainTextAsync(interpretation);
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(letter);
    }

    /// <summary>The back-office page of a consultation, found in the list by its title.</summary>
    private static async Task<string> AdminUrlOfAsync(IPage page, string title)
    {
        await page.GotoAsync("/admin/consultations");
        return await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).First.GetAttributeAsync("href")
               ?? throw new InvalidOperationException("No link to " + title);
    }
}
