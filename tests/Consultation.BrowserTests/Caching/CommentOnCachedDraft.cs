using Consultation.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Consultation.BrowserTests.Caching;

/// <summary>
/// The draft page comes from the output cache, so its form arrives without the visitor's antiforgery token; the page's
/// script fetches it when the visitor starts to write, and the comment goes through as before.
/// </summary>
public sealed class CommentOnCachedDraft(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_visitor_writes_and_submits_a_comment_on_a_draft_page_another_visitor_already_cached()
    {
        var earlier = await Site.NewPageAsync();
        await new Citizen(earlier).OpenDraftAsync();
        await earlier.Context.CloseAsync();
        var citizen = new Citizen(Page);
        var body = DemoConsultations.Unique("建议在缓存页面上也能顺利提交意见");

        var response = await Page.GotoAsync($"/consultations/{DemoConsultations.OpenSlug}");
        var token = citizen.CommentForm.Locator("input[name=__RequestVerificationToken]");
        await Expect(token).ToHaveValueAsync("");
        Assert.Null(await response!.HeaderValueAsync("set-cookie"));
        Assert.Equal("public, max-age=0, s-maxage=60", await response.HeaderValueAsync("cache-control"));

        await citizen.CommentForm.GetByLabel("意见内容").FocusAsync();
        await Expect(token).Not.ToHaveValueAsync("");
        var code = await citizen.SubmitAsync(body);

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("提交成功，感谢您的意见！");
        Assert.False(string.IsNullOrEmpty(code));
    }
}
