using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Infrastructure;

/// <summary>The editor's side of commenting: the moderation queue of a consultation at /admin/consultations/{id}/comments.</summary>
public static class ModerationQueue
{
    /// <summary>From the consultation list to the consultation's page, as an editor would click through.</summary>
    public static async Task OpenConsultationAsync(this BackOfficeSession session, string title)
    {
        await session.Page.GotoAsync("/admin/consultations");
        await session.Page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
    }

    public static async Task OpenModerationQueueAsync(this BackOfficeSession session, string title)
    {
        await session.OpenConsultationAsync(title);
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "意见审核", Exact = true }).ClickAsync();
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = $"意见审核：{title}", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>The queue's row for the comment containing <paramref name="text"/>.</summary>
    public static ILocator CommentRow(this BackOfficeSession session, string text) =>
        session.Page.Locator("#comments tbody tr").Filter(new() { HasText = text });

    /// <summary>Presses 公开 on the comment's row and waits until the queue shows it as 已公开.</summary>
    public static async Task PublishCommentAsync(this BackOfficeSession session, string title, string text)
    {
        await session.OpenModerationQueueAsync(title);
        var row = session.CommentRow(text);
        await Expect(row.Locator(".comment-status")).ToContainTextAsync("已收到");
        await row.GetByRole(AriaRole.Button, new() { Name = "公开", Exact = true }).ClickAsync();
        await Expect(row.Locator(".comment-status")).ToContainTextAsync("已公开");
    }
}
