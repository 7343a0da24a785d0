using Consultation.BrowserTests.Infrastructure;

namespace Consultation.BrowserTests.Accessibility;

/// <summary>axe (WCAG 2.0/2.1 A and AA) finds nothing on the editor's back-office pages, nor on a reviewer's full queue.</summary>
public sealed class BackOfficePagesPassAxe(BrowserSite site) : BrowserTest(site)
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/articles")]
    [InlineData("/admin/articles/new")]
    [InlineData("/admin/evaluations")]
    [InlineData("/admin/evaluations/new")]
    [InlineData("/admin/evaluations/2")]
    [InlineData("/admin/work-points")]
    [InlineData("/admin/work-points/1")]
    [InlineData("/admin/meetings")]
    [InlineData("/admin/meetings/1")]
    [InlineData("/admin/disclosure")]
    [InlineData("/admin/disclosure/new")]
    [InlineData("/admin/disclosure/3")]
    [InlineData("/admin/disclosure/5")]
    [InlineData("/admin/disclosure/annual/2025")]
    [InlineData("/admin/messages")]
    [InlineData("/admin/messages/2")]
    [InlineData("/admin/responses")]
    [InlineData("/admin/responses/new")]
    [InlineData("/admin/responses/1")]
    [InlineData("/admin/inspection")]
    [InlineData("/admin/consultations/new")]
    [InlineData("/admin/consultations/1")]
    [InlineData("/admin/consultations/3/report")]
    [InlineData("/admin/decisions/1")]
    [InlineData("/admin/catalog")]
    [InlineData("/admin/catalog/1")]
    public async Task Editor_page_has_no_wcag_violations(string path)
    {
        await using var editor = await Site.SignInAsync(Newsroom.Editor);

        await editor.Page.GotoAsync(path);

        await editor.Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task A_reviewers_dashboard_with_items_waiting_has_no_wcag_violations()
    {
        var title = DemoConsultations.Unique("待审核的通知");
        await using (var editor = await Site.SignInAsync(Newsroom.Editor))
            await editor.SubmitAsync(await editor.CreateArticleAsync("通知公告", title, "正文。"));
        await using var reviewer = await Site.SignInAsync(Newsroom.FirstReviewer);

        await reviewer.Page.GotoAsync("/admin");

        await Microsoft.Playwright.Assertions.Expect(reviewer.DashboardSection("待我审核")
            .GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = title, Exact = true })).ToBeVisibleAsync();
        await reviewer.Page.AssertNoViolationsAsync();
    }

    [Theory]
    [InlineData("/admin/audit")]
    [InlineData("/admin/review/article/1/history")]
    public async Task The_audit_rows_have_no_wcag_violations(string path)
    {
        await using var auditor = await Site.SignInAsync("auditor");

        await auditor.Page.GotoAsync(path);

        await auditor.Page.AssertNoViolationsAsync();
    }
}
