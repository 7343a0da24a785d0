using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Accessibility.ElderMode;

/// <summary>
/// 长者模式 as an elderly visitor meets it: one switch on and one off, choices applied in place with focus kept,
/// the menu folded in 简洁模式, the title on a phone's first screen, and read-aloud by section.
/// </summary>
public sealed class ElderModeSwitch(BrowserSite site) : BrowserTest(site)
{
    private static ILocator Toolbar(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "无障碍 / 长者模式" });

    /// <summary>A mark set on the window: still there afterwards means the page was not reloaded.</summary>
    private static Task MarkAsync(IPage page) => page.EvaluateAsync("() => window.notReloaded = true");

    private static Task<bool> StillMarkedAsync(IPage page) => page.EvaluateAsync<bool>("() => window.notReloaded === true");

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task One_switch_turns_the_recommended_set_on_and_one_turns_it_off_without_a_reload(int width)
    {
        var page = await NewPageAsync(width, 844);
        await page.GotoAsync(DemoConsultations.OpenPath);
        await MarkAsync(page);

        await Toolbar(page).GetByRole(AriaRole.Link, new() { Name = "开启长者模式" }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveClassAsync("a11y-size-4 a11y-contrast a11y-cursor a11y-simple a11y-elder");
        await Expect(page.Locator(":focus")).ToHaveTextAsync("退出长者模式");
        Assert.Equal(24, await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.body).fontSize)"));
        Assert.True(await StillMarkedAsync(page));
        await page.AssertNoViolationsAsync();

        await page.ReloadAsync();
        await Expect(page.Locator("html")).ToHaveClassAsync("a11y-size-4 a11y-contrast a11y-cursor a11y-simple a11y-elder");
        await MarkAsync(page);

        await Toolbar(page).GetByRole(AriaRole.Link, new() { Name = "退出长者模式" }).ClickAsync();

        await Expect(page.Locator("html")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("a11y"));
        await Expect(page.Locator(":focus")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^开启长者模式"));
        Assert.True(await StillMarkedAsync(page));
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task A_toolbar_choice_applies_in_place_and_keeps_focus_on_the_control_used()
    {
        await Page.GotoAsync("/");
        await MarkAsync(Page);
        var larger = Toolbar(Page).GetByRole(AriaRole.Link, new() { Name = "增大字号" });

        await larger.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("html")).ToHaveClassAsync("a11y-size-1 a11y-elder");
        await Expect(larger).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("html")).ToHaveClassAsync("a11y-size-2 a11y-elder");
        await Expect(larger).ToBeFocusedAsync();

        var contrast = Toolbar(Page).GetByRole(AriaRole.Link, new() { Name = "高对比度" });
        await contrast.ClickAsync();
        await Expect(Page.Locator("html")).ToHaveClassAsync("a11y-size-2 a11y-contrast a11y-elder");
        await Expect(contrast).ToBeFocusedAsync();
        await Expect(contrast).ToContainTextAsync("已开启");
        Assert.True(await StillMarkedAsync(Page));
    }

    [Fact]
    public async Task Simple_mode_folds_the_menu_behind_one_button()
    {
        await Page.GotoAsync("/");
        var menu = Page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "首页" })).ToBeVisibleAsync();

        await Toolbar(Page).GetByRole(AriaRole.Link, new() { Name = "简洁模式" }).ClickAsync();

        var button = menu.GetByRole(AriaRole.Button, new() { Name = "栏目导航" });
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(menu.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await button.ClickAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "首页" })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/consultations/" + DemoConsultations.OpenSlug)]
    public async Task On_a_phone_at_the_largest_size_the_title_is_on_the_first_screen(string path)
    {
        var page = await (await NewPageAsync(390, 844)).InElderModeAsync(Site);
        await page.GotoAsync(path);

        var title = page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First;
        var top = await title.EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.True(top < 844 - 40, $"The title of {path} starts {top}px down, below the first screen.");
    }

    [Fact]
    public async Task Read_aloud_offers_every_section_of_the_draft_page_including_the_explanation()
    {
        await Page.GotoAsync(DemoConsultations.OpenPath);

        var sections = Toolbar(Page).GetByLabel("朗读正文");
        var options = await sections.Locator("option").AllInnerTextsAsync();

        Assert.Equal("全部正文", options[0]);
        Assert.Contains("起草说明", options);
        Assert.Contains("草案解读", options);
        Assert.Contains("草案全文", options);
        Assert.DoesNotContain("我要提意见", options);
        await sections.SelectOptionAsync(new SelectOptionValue { Label = "起草说明" });
        await Toolbar(Page).GetByRole(AriaRole.Button, new() { Name = "播放" }).ClickAsync();
        await Expect(Toolbar(Page).GetByRole(AriaRole.Status)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("正在朗读|已停止"));
    }
}
