using Consultation.BrowserTests.Accessibility.ElderMode;
using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Records;

/// <summary>
/// The yearly open-data downloads page in Chinese and English, normally and in 长者模式, on a phone and a desktop:
/// axe finds nothing, the 64-character checksum wraps instead of widening the page, and the keyboard reaches each
/// year's download link.
/// </summary>
public sealed class YearDownloadsPage(BrowserSite site) : BrowserTest(site)
{
    [Theory]
    [InlineData(false, "", 390)]
    [InlineData(true, "", 390)]
    [InlineData(false, "?culture=en", 1280)]
    [InlineData(true, "?culture=en", 1280)]
    public async Task The_downloads_page_lists_each_year_with_size_and_checksum_and_passes_axe(bool elder, string language, int width)
    {
        var page = await NewPageAsync(width, 844);
        if (elder) await page.InElderModeAsync(Site);

        await page.GotoAsync("/open-data/downloads" + language);

        var years = page.Locator("#year-downloads > li");
        await Expect(years.First).ToBeVisibleAsync();
        await Expect(years.First.Locator(".checksum")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f]{64}$"));
        await Expect(years.First.Locator(".size")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+(\.\d)? (B|KB|MB|GB)$"));
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"the page is {widths[0]} px wide at {widths[1]} px");
        await page.AssertNoViolationsAsync();

        var link = years.First.Locator("a.button");
        for (var i = 0; i < 80 && !await link.EvaluateAsync<bool>("a => a === document.activeElement"); i++)
            await page.Keyboard.PressAsync("Tab");
        await Expect(link).ToBeFocusedAsync();
        var download = page.WaitForDownloadAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith(".zip", (await download).SuggestedFilename, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_year_says_so_and_links_back_in_both_modes_without_violations()
    {
        foreach (var elder in new[] { false, true })
        {
            var page = await NewPageAsync(390, 844);
            if (elder) await page.InElderModeAsync(Site);

            var response = await page.GotoAsync("/open-data/downloads/1999.zip");

            Assert.Equal(404, response!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "没有 1999 年度的数据包", Level = 1 })).ToBeVisibleAsync();
            await page.AssertNoViolationsAsync();
        }
    }
}
