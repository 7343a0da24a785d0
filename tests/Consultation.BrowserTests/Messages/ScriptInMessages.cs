using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Messages;

/// <summary>
/// Payloads from the hostile-input corpus typed into the message form (subject, text, name) are text on the citizen's
/// status page and in the back office: no dialog, no global a script would set, no <c>javascript:</c> link.
/// </summary>
public sealed class ScriptInMessages(BrowserSite site) : BrowserTest(site)
{
    private const string Svg = "<svg/onload=window.__xss=1>";
    private const string Image = "<img src=x onerror=alert(1)>";

    [Fact]
    public async Task A_message_full_of_markup_shows_it_as_text_to_the_citizen_and_the_office_and_nothing_runs()
    {
        var dialogs = new DialogRecorder();
        dialogs.Watch(Page);
        var subject = DemoConsultations.Unique("校服" + Svg);
        await Page.GotoAsync("/messages/new");
        var form = Page.GetByRole(AriaRole.Region, new() { Name = "填写留言" });
        await form.GetByLabel("咨询留言", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("标题").FillAsync(subject);
        await form.GetByLabel("留言内容").FillAsync($"</textarea><script>alert(1)</script>{Image}[点我](javascript:alert(1))");
        await form.GetByLabel("电话或电子邮箱").FillAsync("13800138000");
        await form.GetByRole(AriaRole.Button, new() { Name = "提交留言" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "留言办理情况", Level = 1 })).ToBeVisibleAsync();
        await AssertInertAsync(Page);

        await using var editor = await Site.SignInAsync(Newsroom.Editor);
        dialogs.Watch(editor.Page);
        await editor.Page.GotoAsync("/admin/messages");
        await Expect(editor.Page.GetByText(subject)).ToBeVisibleAsync();
        await AssertInertAsync(editor.Page);
        await editor.Page.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        await Expect(editor.Page.Locator("main")).ToContainTextAsync("<script>alert(1)</script>");
        await AssertInertAsync(editor.Page);

        Assert.Empty(dialogs.Seen);
    }

    private static async Task AssertInertAsync(IPage page)
    {
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
        await Expect(page.Locator("main script:not([src]), main [onerror], main [onload], a[href^='javascript:' i]")).ToHaveCountAsync(0);
    }
}
