using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Accessibility.ElderMode;

/// <summary>The two aids that need JavaScript: the reading guide line and read-aloud of the main text.</summary>
public sealed class ReadingAids(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task The_reading_guide_follows_the_pointer_and_is_hidden_from_assistive_technology()
    {
        await Page.Context.AddCookiesAsync([new Cookie { Name = "a11y", Value = "guide:1", Url = Site.Address.ToString() }]);
        await Page.GotoAsync("/");
        var line = Page.Locator(".a11y-guide-line");
        await Expect(line).ToHaveAttributeAsync("aria-hidden", "true");

        await Page.Mouse.MoveAsync(200, 400);

        await Expect(line).ToBeVisibleAsync();
        Assert.Equal("400px", await line.EvaluateAsync<string>("e => e.style.top"));
    }

    [Fact]
    public async Task Read_aloud_is_offered_on_the_draft_and_stays_silent_until_play()
    {
        await Page.GotoAsync(DemoConsultations.OpenPath);
        var toolbar = Page.GetByRole(AriaRole.Navigation, new() { Name = "无障碍 / 长者模式" });

        await Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "播放" })).ToBeVisibleAsync();
        Assert.False(await Page.EvaluateAsync<bool>("() => speechSynthesis.speaking"));
        await Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "停止" })).ToBeVisibleAsync();
        await Expect(toolbar.GetByLabel("语速")).ToHaveValueAsync("1");
    }

    [Fact]
    public async Task Pages_without_a_main_text_offer_no_read_aloud()
    {
        await Page.GotoAsync("/consultations");

        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "播放" })).ToBeHiddenAsync();
    }
}
