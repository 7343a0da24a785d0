using Consultation.BrowserTests.Accessibility.ElderMode;
using Consultation.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Records;

/// <summary>
/// The report's "you said, we did" section on a 390 px phone, normally and in 长者模式: every clause shows its counts,
/// nothing runs off the side of the section, and axe finds nothing.
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
        await page.AssertNoViolationsAsync();
    }
}
