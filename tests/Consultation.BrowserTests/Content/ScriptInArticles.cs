using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Content;

/// <summary>Markup typed into a title or a Markdown body is shown as text and never runs, in the back office or in public.</summary>
public sealed class ScriptInArticles(BrowserSite site) : BrowserTest(site)
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "<img src=x onerror=alert(1)>";

    [Fact]
    public async Task A_published_article_with_script_and_onerror_markup_shows_it_as_text_and_no_dialog_opens()
    {
        var dialogs = new List<string>();
        void Watch(IPage page) => page.Dialog += async (_, dialog) =>
        {
            lock (dialogs) dialogs.Add($"{dialog.Type} '{dialog.Message}' on {page.Url}");
            await dialog.DismissAsync();
        };
        var title = $"测试标题 {Script} {Image} {Guid.NewGuid().ToString("N")[..6]}";
        var markdown = $"""
            第一段正文 {Script}

            第二段正文 {Image}

            {Script}
            """;

        var id = await Newsroom.PublishAsync(Site, "通知公告", title, markdown, Watch);
        Watch(Page);
        await Page.GotoAsync("/");
        await Page.GotoAsync("/columns/notices");
        await Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = title, Exact = true })).ToBeVisibleAsync();
        await Page.GotoAsync($"/articles/{id}");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        var body = Page.Locator(".document-body");
        await Expect(body).ToContainTextAsync($"第一段正文 {Script}");
        await Expect(body).ToContainTextAsync($"第二段正文 {Image}");
        await Expect(Page.Locator("main script, main img[onerror], main [onerror]")).ToHaveCountAsync(0);
        Assert.Empty(dialogs);
    }
}
