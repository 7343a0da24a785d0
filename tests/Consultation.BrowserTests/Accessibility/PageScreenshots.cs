using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Accessibility;

/// <summary>
/// Full-page PNGs of the main page types on a desktop and a phone viewport, saved to TestResults/screenshots/ for
/// people to look at (layout, overflow, CJK glyphs). The test checks only that nothing scrolls sideways.
/// </summary>
public sealed class PageScreenshots(BrowserSite site) : BrowserTest(site)
{
    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task Public_pages_render_without_horizontal_overflow(int width, int height)
    {
        var page = await NewPageAsync(width, height);

        await CaptureAsync(page, "/", "home", width, height);
        await CaptureAsync(page, "/columns/notices", "column", width, height);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = PublicPagesPassAxe.Notice, Exact = true }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(PublicPagesPassAxe.Notice);
        await SaveAsync(page, "article", width, height);
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task The_admin_dashboard_renders_without_horizontal_overflow(int width, int height)
    {
        await using var editor = await Site.SignInAsync(Newsroom.Editor);
        await editor.Page.SetViewportSizeAsync(width, height);

        await CaptureAsync(editor.Page, "/admin", "admin-dashboard", width, height);
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task The_draft_and_receipt_pages_render_without_horizontal_overflow(int width, int height)
    {
        var citizen = new Citizen(await NewPageAsync(width, height));

        await citizen.OpenDraftAsync();
        await SaveAsync(citizen.Page, "consultation-draft", width, height);
        await citizen.SubmitAsync(DemoConsultations.Unique("建议在第四条中写明采纳情况在哪个栏目公开，方便查找"));
        await SaveAsync(citizen.Page, "receipt", width, height);
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task The_adoption_report_and_redline_render_without_horizontal_overflow(int width, int height)
    {
        var consultation = await AdoptionArranger.PublishedAsync(Site);
        var page = await NewPageAsync(width, height);

        await CaptureAsync(page, $"{consultation.PublicPath}/report", "adoption-report", width, height);
        await CaptureAsync(page, $"{consultation.PublicPath}/redline", "redline", width, height);
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task The_grouping_workbench_and_report_page_render_without_horizontal_overflow(int width, int height)
    {
        var consultation = await AdoptionArranger.HalfwayAsync(Site);
        await using var editor = await Site.SignInAsync(Newsroom.Editor);
        await editor.Page.SetViewportSizeAsync(width, height);

        await CaptureAsync(editor.Page, $"/admin/consultations/{consultation.Id}/groups", "admin-groups", width, height);
        await CaptureAsync(editor.Page, $"/admin/consultations/{consultation.Id}/report", "admin-report", width, height);
    }

    private static async Task CaptureAsync(IPage page, string path, string name, int width, int height)
    {
        await page.GotoAsync(path);
        await SaveAsync(page, name, width, height);
    }

    private static async Task SaveAsync(IPage page, string name, int width, int height)
    {
        await page.EvaluateAsync("() => document.fonts.ready");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = ScreenshotFolder.File($"{name}-{width}x{height}.png"),
            FullPage = true,
        });
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} scrolls sideways by {overflow}px at {width}×{height}.");
    }
}
