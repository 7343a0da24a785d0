using Consultation.BrowserTests.Accessibility.ElderMode;
using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.OpenData;

/// <summary>
/// The open-data page passes axe in Chinese and English, normal and elder mode, and is reached from the footer; the
/// API docs page shows every endpoint while asking no other host for anything.
/// </summary>
public sealed class OpenDataPagesPassAxe(BrowserSite site) : BrowserTest(site)
{
    [Theory]
    [InlineData("zh-CN", false)]
    [InlineData("zh-CN", true)]
    [InlineData("en", false)]
    [InlineData("en", true)]
    public async Task The_open_data_page_has_no_wcag_violations(string language, bool elderMode)
    {
        if (elderMode) await Page.InElderModeAsync(Site);
        await Page.GotoAsync($"/language/{language}?returnUrl=%2F");

        await Page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = language == "en" ? "Open data" : "开放数据" })
            .ClickAsync();
        await Expect(Page.Locator("#open-data-endpoints tbody tr")).ToHaveCountAsync(7);

        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_api_docs_page_lists_the_endpoints_and_loads_nothing_from_another_host()
    {
        var foreign = new List<string>();
        Page.Request += (_, request) =>
        {
            var uri = new Uri(request.Url);
            if (uri.Scheme is not ("data" or "blob") && uri.Authority != Site.Address.Authority) foreign.Add(request.Url);
        };
        await Page.GotoAsync("/open-data");

        await Page.GetByRole(AriaRole.Link, new() { Name = "接口文档（OpenAPI）" }).ClickAsync();
        await Expect(Page.GetByText("/api/v1/evaluations").First).ToBeVisibleAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(foreign);
    }
}
