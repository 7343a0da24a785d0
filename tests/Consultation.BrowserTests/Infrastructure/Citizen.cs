using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Infrastructure;

/// <summary>A member of the public on the draft page and the receipt pages, using them as a person would.</summary>
public sealed class Citizen(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>The "我要提意见" section holding the comment form.</summary>
    public ILocator CommentForm => Page.GetByRole(AriaRole.Region, new() { Name = "我要提意见", Exact = true });

    public ILocator ReceiptCode => Page.Locator("#receipt-code");

    public ILocator ReceiptStatus => Page.Locator("#receipt-status");

    public Task OpenDraftAsync(string query = "") =>
        OpenDraftAsync(DemoConsultations.OpenSlug, DemoConsultations.OpenTitle, query);

    /// <summary>Opens the public page of any consultation and waits for its title.</summary>
    public async Task OpenDraftAsync(string slug, string title, string query = "")
    {
        await Page.GotoAsync($"/consultations/{slug}{query}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Follows 「对本条提意见」 under the clause's heading, which brings the form with that clause chosen.</summary>
    public async Task CommentOnClauseAsync(string clauseLabel)
    {
        var clause = Page.GetByRole(AriaRole.Region, new() { Name = clauseLabel, Exact = true });
        await clause.GetByRole(AriaRole.Link, new() { Name = "对本条提意见" }).ClickAsync();
        await Expect(CommentForm.GetByLabel("针对条款").Locator("option:checked")).ToHaveTextAsync(clauseLabel);
    }

    /// <summary>
    /// Types the comment and presses 提交意见. The proof-of-work runs in the page and the form submits itself once it
    /// is solved; the wait for the receipt heading covers that. Returns the receipt code shown.
    /// </summary>
    public async Task<string> SubmitAsync(string body, string? name = null, string? organisation = null, bool publishName = false)
    {
        await CommentForm.GetByLabel("意见内容").FillAsync(body);
        if (name is not null) await CommentForm.GetByLabel("姓名", new() { Exact = true }).FillAsync(name);
        if (organisation is not null) await CommentForm.GetByLabel("单位", new() { Exact = true }).FillAsync(organisation);
        if (publishName) await CommentForm.GetByLabel("同意在公开意见时显示我的姓名").CheckAsync();
        await CommentForm.GetByRole(AriaRole.Button, new() { Name = "提交意见", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "意见回执", Level = 1 })).ToBeVisibleAsync();
        await Expect(ReceiptCode).Not.ToBeEmptyAsync();
        return (await ReceiptCode.TextContentAsync())!.Trim();
    }

    /// <summary>Opens the public draft page and leaves a general comment; returns the receipt code.</summary>
    public async Task<string> LeaveCommentAsync(string body)
    {
        await OpenDraftAsync();
        return await SubmitAsync(body);
    }

    /// <summary>Types the code into the lookup form at /receipt, as someone coming back days later would.</summary>
    public async Task LookUpReceiptAsync(string code)
    {
        await Page.GotoAsync("/receipt");
        await Page.GetByLabel("回执码", new() { Exact = true }).FillAsync(code);
        await Page.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        await Expect(ReceiptCode).ToHaveTextAsync(code);
    }
}
