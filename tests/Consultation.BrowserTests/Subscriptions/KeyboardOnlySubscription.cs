using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Subscriptions;

/// <summary>A visitor without a mouse subscribes from the footer, then confirms and unsubscribes from the mail's links.</summary>
public sealed class KeyboardOnlySubscription(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task The_subscribe_form_is_reached_filled_and_sent_with_the_keyboard_only()
    {
        await Page.GotoAsync("/subscribe");

        await Page.TabToAsync("#topic-NewConsultations", 60);
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(Page.Locator("#topic-Catalog")).ToBeCheckedAsync();
        await Page.TabToAsync("#Email", 5);
        await Page.Keyboard.TypeAsync($"kb-{Guid.NewGuid():N}"[..12] + "@example.cn");
        await Page.TabToAsync("#subscribe-submit", 10);
        await Page.Keyboard.PressAsync("Enter");

        // The proof-of-work is solved in the page, then the form submits itself.
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "请查收确认邮件", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_confirm_and_unsubscribe_buttons_work_with_tab_and_enter()
    {
        var (confirm, unsubscribe) = await SubscriptionLinks.RequestedAsync(Site);

        await Page.GotoAsync(confirm);
        await Page.TabToAsync("#confirm-submit", 60);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("#subscription-confirmed")).ToBeVisibleAsync();

        await Page.GotoAsync(unsubscribe);
        await Page.TabToAsync("#unsubscribe-submit", 60);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("#subscription-ended")).ToBeVisibleAsync();
    }
}
