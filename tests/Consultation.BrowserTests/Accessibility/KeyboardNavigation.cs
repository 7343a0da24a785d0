using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Accessibility;

/// <summary>Everything reachable by keyboard, with a focus indicator one can see (DESIGN.md §7).</summary>
public sealed class KeyboardNavigation(BrowserSite site) : BrowserTest(site)
{
    private const string FocusIndicator =
        "e => { const s = getComputedStyle(e); return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }";

    [Fact]
    public async Task The_first_tab_stop_is_the_skip_link_and_enter_moves_focus_into_main()
    {
        await Page.GotoAsync("/");

        await Page.Keyboard.PressAsync("Tab");
        var focused = Page.Locator(":focus");
        await Expect(focused).ToHaveTextAsync("跳到主要内容");
        await Expect(focused).ToBeInViewportAsync();

        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("main")).ToBeFocusedAsync();

        await Page.Keyboard.PressAsync("Tab");
        Assert.True(await Page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "After the skip link, the next Tab stop should be inside <main>.");
    }

    [Fact]
    public async Task A_link_focused_by_keyboard_shows_a_visible_focus_indicator()
    {
        await Page.GotoAsync("/");

        await Page.Keyboard.PressAsync("Tab");
        Assert.True(await Page.Locator(":focus").EvaluateAsync<bool>(FocusIndicator), "The skip link shows no focus indicator.");
        await Page.Keyboard.PressAsync("Tab");
        var link = Page.Locator(":focus");
        Assert.True(await link.EvaluateAsync<bool>("e => e.closest('#a11y-toolbar') !== null"),
            "Right after the skip link, Tab should reach the 无障碍 / 长者模式 toolbar.");
        Assert.True(await link.EvaluateAsync<bool>(FocusIndicator), "A focused link shows neither an outline nor a box-shadow.");
    }
}
