using Consultation.BrowserTests.Accessibility.ElderMode;
using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Subscriptions;

/// <summary>axe finds nothing on the subscribe, confirm and unsubscribe pages, in the normal look and in elder mode.</summary>
public sealed class SubscriptionPagesPassAxe(BrowserSite site) : BrowserTest(site)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_subscribe_form_and_its_refusal_have_no_wcag_violations(bool elderMode)
    {
        if (elderMode) await Page.InElderModeAsync(Site);
        await Page.GotoAsync("/subscribe");
        await Page.AssertNoViolationsAsync();

        await Page.GetByLabel("电子邮箱").FillAsync("not-an-address");
        await Page.GetByRole(AriaRole.Button, new() { Name = "订阅", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#form-errors [role=alert]")).ToContainTextAsync("电子邮箱格式不正确");
        await Expect(Page.GetByLabel("电子邮箱")).ToHaveValueAsync("not-an-address");
        await Page.AssertNoViolationsAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_confirm_and_unsubscribe_pages_and_their_results_have_no_wcag_violations(bool elderMode)
    {
        var (confirm, unsubscribe) = await SubscriptionLinks.RequestedAsync(Site);
        if (elderMode) await Page.InElderModeAsync(Site);

        await Page.GotoAsync(confirm);
        await Page.AssertNoViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "确认订阅" }).ClickAsync();
        await Expect(Page.Locator("#subscription-confirmed")).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();

        await Page.GotoAsync(unsubscribe);
        await Page.AssertNoViolationsAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "确认退订" }).ClickAsync();
        await Expect(Page.Locator("#subscription-ended")).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();

        var missing = await Page.GotoAsync("/unsubscribe/1-not-a-token");
        Assert.Equal(404, missing!.Status);
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_subscribe_page_in_english_has_no_wcag_violations()
    {
        await Page.GotoAsync("/language/en?returnUrl=%2Fsubscribe");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Subscribe by e-mail", Level = 1 })).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_back_office_overview_with_waiting_mail_has_no_wcag_violations()
    {
        await SubscriptionLinks.RequestedAsync(Site);
        await using var admin = await Site.SignInAsync("admin");

        await admin.Page.GotoAsync("/admin/subscriptions");

        await Expect(admin.Page.Locator("#waiting-mail tbody tr").First).ToContainTextAsync("待发送");
        await Expect(admin.Page.Locator("#mail-not-configured")).ToBeVisibleAsync();
        await admin.Page.AssertNoViolationsAsync();
    }
}
