using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Accessibility.ElderMode;

/// <summary>A visitor without a mouse reaches the comment form from the top of the draft page and sends a comment.</summary>
public sealed class KeyboardOnlyComment(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task The_comment_form_is_reached_filled_and_sent_with_tab_and_enter_only()
    {
        await Page.GotoAsync(DemoConsultations.OpenPath);

        await Page.TabToAsync(".skip-link", 1);
        await Page.TabToAsync("a[href='#comment-form']", 80);
        await Page.Keyboard.PressAsync("Enter");
        await Page.TabToAsync("#Body", 10);
        await Page.Keyboard.TypeAsync(DemoConsultations.Unique("建议为老年人保留电话提意见的方式"));
        await Page.TabToAsync("#comment-form button[type='submit']", 15);
        await Page.Keyboard.PressAsync("Enter");

        // The proof-of-work is solved in the page, then the form submits itself.
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "意见回执", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("#receipt-code")).Not.ToBeEmptyAsync();
    }
}
