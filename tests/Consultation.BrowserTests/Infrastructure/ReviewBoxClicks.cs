using Microsoft.Playwright;

namespace Consultation.BrowserTests.Infrastructure;

/// <summary>Pressing 审核通过 as a reviewer does: at 终审 the box first asks to confirm publishing, so the tick comes first.</summary>
public static class ReviewBoxClicks
{
    public const string ConfirmPublish = "我已核对上方预览，确认对外发布";

    public static async Task ApproveAsync(this IPage page, bool exact = false)
    {
        var confirm = page.GetByLabel(ConfirmPublish);
        if (await confirm.CountAsync() > 0) await confirm.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "审核通过", Exact = exact }).ClickAsync();
    }
}
