using Consultation.BrowserTests.Infrastructure;

namespace Consultation.BrowserTests.Accessibility;

/// <summary>axe finds nothing on the pages of the editor's day: the dashboard with its lookup, the queue searched by code.</summary>
public sealed class BackOfficePagesPassAxeEditorsDay(BrowserSite site) : BrowserTest(site)
{
    [Theory]
    [InlineData("/admin/consultations/1/comments")]
    [InlineData("/admin/consultations/1/comments?code=abcd-efgh-jk")]
    [InlineData("/admin/consultations/1/groups")]
    [InlineData("/admin/receipts")]
    [InlineData("/admin/receipts?code=ABCDEFGHJK")]
    public async Task Editor_page_has_no_wcag_violations(string path)
    {
        await using var editor = await Site.SignInAsync(Newsroom.Editor);

        await editor.Page.GotoAsync(path);

        await editor.Page.AssertNoViolationsAsync();
    }
}
