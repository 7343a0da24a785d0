using System.Text.Json;
using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Comments;

/// <summary>Markup a citizen types into a comment is shown as text wherever the comment appears, and never runs.</summary>
public sealed class ScriptInComments(BrowserSite site) : BrowserTest(site)
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "<img src=x onerror=alert(1)>";
    private const string Name = Image + "张";              // the name field takes 50 characters
    private const string Organisation = Script + Image + "实验中学";

    [Fact]
    public async Task A_published_comment_with_script_and_onerror_markup_shows_it_as_text_and_no_dialog_opens()
    {
        var dialogs = new DialogRecorder();
        var citizen = new Citizen(dialogs.Watch(Page));
        var body = DemoConsultations.Unique($"意见正文 {Script} 与 {Image} 结束");

        await citizen.OpenDraftAsync();
        await citizen.CommentOnClauseAsync("第五条");
        await citizen.SubmitAsync(body, Name, Organisation, publishName: true);
        var receipt = Page.Url;
        await AssertNothingInjectedAsync(Page);

        await using (var editor = await Site.SignInAsync(Newsroom.Editor))
        {
            dialogs.Watch(editor.Page);
            await editor.PublishCommentAsync(DemoConsultations.OpenTitle, body);
            var row = editor.CommentRow(body);
            await Expect(row.Locator(".comment-body")).ToHaveTextAsync(body);
            await Expect(row.Locator(".writer")).ToContainTextAsync(Name);
            await Expect(row.Locator(".writer")).ToContainTextAsync(Organisation);
            await AssertNothingInjectedAsync(editor.Page);
        }

        await citizen.OpenDraftAsync("?clause=tiao-5");
        var comment = Page.Locator("#comments .comment").Filter(new() { HasText = body });
        await Expect(comment.Locator(".comment-body")).ToHaveTextAsync(body);
        await Expect(comment.Locator(".comment-author")).ToHaveTextAsync(Name);
        await AssertNothingInjectedAsync(Page);

        var csv = await DownloadAsync("下载已公开意见（CSV）");
        Assert.Contains(body, csv, StringComparison.Ordinal);
        Assert.Contains(Name, csv, StringComparison.Ordinal);
        var json = JsonDocument.Parse(await DownloadAsync("下载已公开意见（JSON）")).RootElement.GetProperty("comments");
        var record = json.EnumerateArray().Single(c => c.GetProperty("body").GetString() == body);
        Assert.Equal(Name, record.GetProperty("name").GetString());

        await Page.GotoAsync(receipt);
        await Expect(citizen.ReceiptStatus).ToHaveTextAsync("已公开");
        await AssertNothingInjectedAsync(Page);
        Assert.Empty(dialogs.Seen);
    }

    /// <summary>No element the typed markup could have become: an inline script or anything with an onerror handler.</summary>
    private static async Task AssertNothingInjectedAsync(IPage page) =>
        await Expect(page.Locator("main script:not([src]), main [onerror], main img[src='x']")).ToHaveCountAsync(0);

    /// <summary>Follows an open-data link on the draft page and returns the downloaded file's text.</summary>
    private async Task<string> DownloadAsync(string linkName)
    {
        var download = await Page.RunAndWaitForDownloadAsync(
            () => Page.GetByRole(AriaRole.Link, new() { Name = linkName, Exact = true }).ClickAsync());
        return await File.ReadAllTextAsync(await download.PathAsync());
    }
}
