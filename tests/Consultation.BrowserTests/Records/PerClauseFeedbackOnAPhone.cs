using Consultation.BrowserTests.Accessibility.ElderMode;
using Consultation.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Records;

/// <summary>
/// The report's "you said, we did" section on a 390 px phone, normally and in 长者模式: every clause shows its counts,
/// nothing runs off the side of the section or the page, and axe finds nothing.
/// </summary>
public sealed class PerClauseFeedbackOnAPhone(BrowserSite site) : BrowserTest(site)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_per_clause_section_of_the_report_is_readable_and_has_no_wcag_violations(bool elder)
    {
        var consultation = await AdoptionArranger.PublishedAsync(Site);
        var page = await NewPageAsync(390, 844);
        if (elder) await page.InElderModeAsync(Site);

        await page.GotoAsync($"{consultation.PublicPath}/report");

        var clauses = page.Locator("#per-clause .clause-echo");
        await Expect(clauses.First).ToBeVisibleAsync();
        await Expect(clauses.First.Locator(".clause-counts")).ToContainTextAsync("条意见");
        var section = await page.Locator("#per-clause").BoundingBoxAsync();
        Assert.NotNull(section);
        Assert.True(section.X + section.Width <= 390, $"the section ends at {section.X + section.Width} px");
        // No sideways scrolling: the read-aloud section list once made the whole page 440 px wide in elder mode.
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"the page is {widths[0]} px wide at {widths[1]} px");
        await page.AssertNoViolationsAsync();
    }
}
