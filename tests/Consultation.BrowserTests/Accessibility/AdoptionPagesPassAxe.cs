using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Accessibility;

/// <summary>
/// axe (WCAG 2.0/2.1 A and AA) finds nothing on the pages of adoption: the public report and redline, and the
/// grouping workbench and report page of the back office, each with enough in it to show every form and part.
/// </summary>
public sealed class AdoptionPagesPassAxe(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task The_published_report_has_no_wcag_violations()
    {
        var consultation = await AdoptionArranger.PublishedAsync(Site);

        await Page.GotoAsync($"{consultation.PublicPath}/report");
        await Expect(Page.Locator("svg.chart")).ToHaveCountAsync(4);

        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_redline_has_no_wcag_violations()
    {
        var consultation = await AdoptionArranger.PublishedAsync(Site);

        await Page.GotoAsync($"{consultation.PublicPath}/redline");
        await Expect(Page.Locator(".redline ins").First).ToBeVisibleAsync();

        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_grouping_workbench_half_way_through_has_no_wcag_violations()
    {
        var consultation = await AdoptionArranger.HalfwayAsync(Site);
        await using var editor = await Site.SignInAsync(Newsroom.Editor);

        await editor.OpenWorkbenchAsync(consultation.Title);
        await Expect(editor.Page.Locator("section.opinion-group")).ToHaveCountAsync(3);

        await editor.Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_report_page_while_the_editor_drafts_it_has_no_wcag_violations()
    {
        var consultation = await AdoptionArranger.HalfwayAsync(Site);
        await using var editor = await Site.SignInAsync(Newsroom.Editor);

        await editor.Page.GotoAsync($"/admin/consultations/{consultation.Id}/report");
        await Expect(editor.ReportState()).ToHaveTextAsync("草稿");

        await editor.Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_report_page_in_first_review_has_no_wcag_violations()
    {
        var consultation = await AdoptionArranger.SubmittedAsync(Site);
        await using var reviewer = await Site.SignInAsync(Newsroom.FirstReviewer);

        await reviewer.Page.GotoAsync($"/admin/consultations/{consultation.Id}/report");
        await Expect(reviewer.Page.GetByRole(AriaRole.Button, new() { Name = "审核通过" })).ToBeVisibleAsync();

        await reviewer.Page.AssertNoViolationsAsync();
    }
}
