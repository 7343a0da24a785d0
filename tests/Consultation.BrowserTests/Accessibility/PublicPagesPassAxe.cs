using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Accessibility;

/// <summary>axe (WCAG 2.0/2.1 A and AA) finds nothing on the pages a citizen reaches.</summary>
public sealed class PublicPagesPassAxe(BrowserSite site) : BrowserTest(site)
{
    public const string Notice = "关于印发2023年政务公开工作要点任务分工的通知";

    [Theory]
    [InlineData("/")]
    [InlineData("/columns/work-points")]
    [InlineData("/work-points/2023")]
    [InlineData("/evaluations")]
    [InlineData("/evaluations/1")]
    [InlineData("/meetings")]
    [InlineData("/meetings/1")]
    [InlineData("/disclosure")]
    [InlineData("/disclosure/status")]
    [InlineData("/messages")]
    [InlineData("/messages/new")]
    [InlineData("/messages/1")]
    [InlineData("/messages/status")]
    [InlineData("/responses")]
    [InlineData("/responses/1")]
    [InlineData("/admin/login")]
    public async Task Page_has_no_wcag_violations(string path)
    {
        await Page.GotoAsync(path);

        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_notice_found_from_the_home_page_has_no_wcag_violations()
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = Notice, Exact = true }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = Notice, Level = 1 })).ToBeVisibleAsync();

        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_not_found_page_has_no_wcag_violations()
    {
        var response = await Page.GotoAsync("/articles/987654");

        Assert.Equal(404, response!.Status);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "页面不存在" })).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();
    }
}
