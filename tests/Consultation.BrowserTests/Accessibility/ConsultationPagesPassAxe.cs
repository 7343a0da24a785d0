using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Accessibility;

/// <summary>axe (WCAG 2.0/2.1 A and AA) finds nothing on the pages of public consultation, for citizens and editors.</summary>
public sealed class ConsultationPagesPassAxe(BrowserSite site) : BrowserTest(site)
{
    [Theory]
    [InlineData("/consultations")]
    [InlineData("/consultations/" + DemoConsultations.OpenSlug)]
    [InlineData("/consultations/" + DemoConsultations.ClosedSlug)]
    [InlineData("/receipt")]
    public async Task Public_page_has_no_wcag_violations(string path)
    {
        await Page.GotoAsync(path);

        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_receipt_page_after_commenting_has_no_wcag_violations()
    {
        await new Citizen(Page).LeaveCommentAsync(DemoConsultations.Unique("建议增加线下座谈会的名额"));

        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_unknown_receipt_page_has_no_wcag_violations()
    {
        var response = await Page.GotoAsync("/receipt/ZZZZZZZZZZ");

        Assert.Equal(404, response!.Status);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "未找到该回执", Level = 1 })).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_consultation_list_in_the_back_office_has_no_wcag_violations()
    {
        await using var editor = await Site.SignInAsync(Newsroom.Editor);

        await editor.Page.GotoAsync("/admin/consultations");

        await editor.Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task A_consultations_back_office_page_has_no_wcag_violations()
    {
        await using var editor = await Site.SignInAsync(Newsroom.Editor);

        await editor.OpenConsultationAsync(DemoConsultations.OpenTitle);

        await editor.Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_moderation_queue_has_no_wcag_violations()
    {
        await using var editor = await Site.SignInAsync(Newsroom.Editor);

        await editor.OpenModerationQueueAsync(DemoConsultations.OpenTitle);

        await editor.Page.AssertNoViolationsAsync();
    }
}
