using Consultation.BrowserTests.Accessibility.ElderMode;
using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Search;

/// <summary>
/// A citizen types Chinese into the search box in the header, by keyboard alone, and opens a clause of the open draft
/// from the results; the results page passes axe in the normal look and in elder mode.
/// </summary>
public sealed class CitizenSearchesFromTheHeader(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_search_typed_in_the_header_finds_the_clause_and_opens_it_at_its_anchor()
    {
        await Site.SearchCaughtUpAsync();
        await Page.GotoAsync("/");

        var box = Page.GetByRole(AriaRole.Searchbox, new() { Name = "搜索本站内容" });
        await box.FocusAsync();
        await Page.Keyboard.TypeAsync("群众代表 列席");
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "站内搜索", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("#search-summary")).ToContainTextAsync("群众代表 列席");
        var clause = Page.Locator("#search-hits .search-hit").Filter(new() { Has = Page.Locator(".badge", new() { HasText = "条款" }) })
            .First;
        await Expect(clause.Locator("mark").First).ToBeVisibleAsync();
        await clause.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/consultations/public-participation-rules#tiao-5$"));
        await Expect(Page.Locator("#tiao-5")).ToContainTextAsync("群众代表");
        await Expect(Page.Locator("#tiao-5")).ToBeInViewportAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_results_page_has_no_wcag_violations(bool elderMode)
    {
        await Site.SearchCaughtUpAsync();
        if (elderMode) await Page.InElderModeAsync(Site);

        await Page.GotoAsync("/search?q=" + Uri.EscapeDataString("政务公开"));
        await Expect(Page.Locator("#search-hits .search-hit").First).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();

        await Page.GotoAsync("/search?q=" + Uri.EscapeDataString("不存在的词语xyzzy"));
        await Expect(Page.Locator("#search-none")).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_search_back_office_with_its_synonyms_has_no_wcag_violations()
    {
        await using var admin = await Site.SignInAsync("admin");

        await admin.Page.GotoAsync("/admin/search");
        await Expect(admin.Page.Locator("#synonym-list")).ToContainTextAsync("义教");

        await admin.Page.AssertNoViolationsAsync();
    }
}
