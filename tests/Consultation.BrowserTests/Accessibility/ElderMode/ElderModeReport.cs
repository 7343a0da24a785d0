using Consultation.BrowserTests.Infrastructure;

namespace Consultation.BrowserTests.Accessibility.ElderMode;

/// <summary>A published adoption report in both modes: axe-clean, no sideways scrolling with the largest text, screenshots.</summary>
public sealed class ElderModeReport(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_published_report_reads_well_in_normal_and_elder_mode()
    {
        var arranged = await AdoptionArranger.PublishedAsync(Site);
        var path = arranged.PublicPath + "/report";

        await Page.GotoAsync(path);
        await AxeCheck.AssertNoViolationsAsync(Page);
        await Page.ScreenshotAsync(new() { Path = ScreenshotFolder.File("a11y-report-normal.png"), FullPage = true });
        foreach (var width in new[] { 390, 1280 })
        {
            var elder = await (await NewPageAsync(width, 844)).InElderModeAsync(Site);
            await elder.GotoAsync(path);
            await AxeCheck.AssertNoViolationsAsync(elder);
            var widths = await elder.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            Assert.True(widths[0] <= widths[1], $"{path} at {width}px is {widths[0]}px wide.");
            await elder.ScreenshotAsync(new() { Path = ScreenshotFolder.File($"a11y-report-elder-{width}.png"), FullPage = true });
        }
    }
}
