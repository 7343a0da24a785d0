using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Accessibility.ElderMode;

/// <summary>The settings cookie changes the page as the server sends it, and the largest text still fits the screen.</summary>
public sealed class ElderModeRendering(BrowserSite site) : BrowserTest(site)
{
    private static readonly string[] WidePages =
        ["/", DemoConsultations.OpenPath, "/work-points/2023", "/catalog/2025", "/meetings/1", "/evaluations",
            $"/consultations/{DemoConsultations.DecidedSlug}/report"];

    [Fact]
    public async Task The_settings_cookie_sets_the_classes_in_the_html_the_server_sends()
    {
        using var http = new HttpClient { BaseAddress = Site.Address };
        var plain = await http.GetStringAsync("/");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", "a11y=" + Uri.EscapeDataString("size:4;contrast:1;cursor:1;guide:1;simple:1"));
        var elder = await (await http.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.DoesNotContain("a11y-size-", plain);
        Assert.Contains("class=\"a11y-size-4 a11y-contrast a11y-cursor a11y-guide a11y-simple a11y-elder\"", elder);
    }

    [Fact]
    public async Task The_toolbar_links_work_without_javascript_and_reset_clears_them()
    {
        var page = await Site.NewPageAsync();
        await page.Context.RouteAsync("**/*.js*", route => route.AbortAsync());
        await page.GotoAsync("/");
        var toolbar = page.GetByRole(AriaRole.Navigation, new() { Name = "无障碍 / 长者模式" });

        await toolbar.GetByRole(AriaRole.Link, new() { Name = "增大字号" }).ClickAsync();
        await toolbar.GetByRole(AriaRole.Link, new() { Name = "高对比度" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveClassAsync("a11y-size-1 a11y-contrast a11y-elder");
        Assert.Equal(18, await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.body).fontSize)"));

        await toolbar.GetByRole(AriaRole.Link, new() { Name = "恢复默认" }).ClickAsync();
        await Expect(page.Locator("html")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("a11y"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(360)]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task With_the_largest_text_nothing_scrolls_sideways(int width)
    {
        var page = await (await NewPageAsync(width, 844)).InElderModeAsync(Site);
        foreach (var path in WidePages)
        {
            await page.GotoAsync(path);
            Assert.True(await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.body).fontSize)") >= 24);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            var (scroll, inner) = (widths[0], widths[1]);
            Assert.True(scroll <= inner, $"{path} at {width}px is {scroll}px wide.");
        }
    }

    [Theory]
    [InlineData("home", "/")]
    [InlineData("draft", "/consultations/" + DemoConsultations.OpenSlug)]
    [InlineData("catalog", "/catalog/2025")]
    [InlineData("meeting", "/meetings/1")]
    [InlineData("work-points", "/work-points/2023")]
    public async Task Screenshots_in_both_modes(string name, string path)
    {
        await ShootAsync(Page, path, $"a11y-{name}-normal.png");
        await ShootAsync(await (await NewPageAsync(390, 844)).InElderModeAsync(Site), path, $"a11y-{name}-elder-390.png");
        await ShootAsync(await (await NewPageAsync()).InElderModeAsync(Site), path, $"a11y-{name}-elder-1280.png");
    }

    /// <summary>Opens the page, which must answer 200 and not scroll sideways, and saves a full-page picture of it.</summary>
    private static async Task ShootAsync(IPage page, string path, string file)
    {
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response?.Status);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]}px wide in a {widths[1]}px window.");
        await page.ScreenshotAsync(new() { Path = ScreenshotFolder.File(file), FullPage = true });
    }
}
