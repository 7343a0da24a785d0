using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Infrastructure;

/// <summary>Gets an article published the only way there is: editor writes and submits, 初审, 复审 and 终审 approve.</summary>
public static class Newsroom
{
    public const string Editor = "editor";
    public const string FirstReviewer = "reviewer1";
    public const string SecondReviewer = "reviewer2";
    public const string FinalReviewer = "reviewer3";

    /// <summary>Returns the article id. <paramref name="watch"/> sees every page opened on the way, e.g. to listen for dialogs.</summary>
    public static async Task<int> PublishAsync(BrowserSite site, string column, string title, string markdown,
        Action<IPage>? watch = null)
    {
        int id;
        await using (var editor = await site.SignInAsync(Editor))
        {
            watch?.Invoke(editor.Page);
            id = await editor.CreateArticleAsync(column, title, markdown);
            await editor.SubmitAsync(id);
        }
        foreach (var (reviewer, after) in new[]
                 {
                     (FirstReviewer, "待复审"), (SecondReviewer, "待终审"), (FinalReviewer, "终审通过"),
                 })
        {
            await using var session = await site.SignInAsync(reviewer);
            watch?.Invoke(session.Page);
            await session.ApproveAsync(title, after);
            if (reviewer == FinalReviewer) await Expect(session.Page.GetByRole(AriaRole.Link, new() { Name = "查看公开页面" })).ToBeVisibleAsync();
        }
        return id;
    }
}
