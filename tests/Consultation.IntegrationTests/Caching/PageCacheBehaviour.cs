using System.Net;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Caching;

/// <summary>
/// Anonymous public pages come from the output cache: no database work on a repeat, one entry per culture, 长者模式
/// and query, nothing per visitor in the stored page, never for the signed-in, and gone as soon as what they show changes.
/// </summary>
public abstract class PageCacheBehaviour(SiteFixture site)
{
    private readonly ConsultationSteps _steps = new(site);

    private static string Draft(string slug) => $"/consultations/{slug}";

    private Task<(HttpResponseMessage Response, int Commands)> CountedGetAsync(HttpClient client, string url) =>
        site.Factory.CountedGetAsync(client, url);

    [SkippableFact]
    public async Task A_second_anonymous_visit_is_served_from_the_cache_without_a_token_or_cookie()
    {
        var consultation = await _steps.PublishedAsync();
        var first = site.NewBrowser();
        var (firstResponse, firstPage) = await first.GetAsync(Draft(consultation.Slug));

        var (response, commands) = await CountedGetAsync(site.NewBrowser().Client, Draft(consultation.Slug));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, commands);
        Assert.Equal(await firstResponse.Content.ReadAsStringAsync(), await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.False(firstResponse.Headers.Contains("Set-Cookie"));
        Assert.Equal("public, max-age=0, s-maxage=60", response.Headers.CacheControl!.ToString());
        Assert.Contains("Cookie", response.Headers.Vary);
        var tokenField = firstPage.QuerySelector("form.comment-form input[name=__RequestVerificationToken]")!;
        Assert.Equal("", tokenField.GetAttribute("value"));
    }

    [SkippableFact]
    public async Task Each_culture_elder_mode_and_page_gets_its_own_entry()
    {
        var consultation = await _steps.PublishedAsync();
        var chinese = site.NewBrowser();
        var (_, zh) = await chinese.GetAsync(Draft(consultation.Slug));
        var english = site.NewBrowser();
        await english.Client.GetAsync($"/language/en?returnUrl={Draft(consultation.Slug)}");
        var elder = site.NewBrowser();
        await elder.Client.GetAsync("/accessibility/elder/1");

        var (_, en) = await english.GetAsync(Draft(consultation.Slug));
        var (_, old) = await elder.GetAsync(Draft(consultation.Slug));
        var (_, zhAgain) = await chinese.GetAsync(Draft(consultation.Slug));
        var (_, second) = await CountedGetAsync(chinese.Client, "/consultations?page=2");

        Assert.Equal("zh-CN", zh.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
        Assert.Contains("a11y-elder", old.DocumentElement.ClassName ?? "");
        Assert.DoesNotContain("a11y-elder", zhAgain.DocumentElement.ClassName ?? "");
        Assert.Equal("zh-CN", zhAgain.DocumentElement.GetAttribute("lang"));
        Assert.True(second > 0, "another page of the list is rendered, not served from the first page's entry");
    }

    [SkippableFact]
    public async Task Signed_in_visitors_are_never_served_or_stored_and_get_no_store()
    {
        var consultation = await _steps.PublishedAsync();
        var editor = await _steps.As("editor");
        await editor.GetAsync(Draft(consultation.Slug));

        var (response, commands) = await CountedGetAsync(editor.Client, Draft(consultation.Slug));
        var (_, anonymous) = await CountedGetAsync(site.NewBrowser().Client, Draft(consultation.Slug));

        Assert.True(commands > 0, "a signed-in visit renders the page afresh");
        Assert.True(response.Headers.CacheControl!.NoStore, "a signed-in page is not kept by a proxy or the browser");
        Assert.True(anonymous > 0, "what a signed-in editor saw was not stored for the public");
    }

    [SkippableFact]
    public async Task A_published_comment_shows_on_the_next_anonymous_visit()
    {
        var consultation = await _steps.PublishedAsync();
        var visitor = site.NewBrowser();
        await visitor.GetAsync(Draft(consultation.Slug));
        var comment = await _steps.ReceiveAsync(consultation.Id, "缓存测试：建议增加家长委员会的职责。");
        var (_, stillCached) = await visitor.GetAsync(Draft(consultation.Slug));
        var editor = await _steps.As("editor");
        var queue = $"/admin/consultations/{consultation.Id}/comments";

        var published = await editor.PostWithTokenAsync(queue, $"{queue}/{comment}/publish", new Dictionary<string, string>());
        var (_, page) = await visitor.GetAsync(Draft(consultation.Slug));

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.DoesNotContain("建议增加家长委员会的职责", stillCached.DocumentElement.TextContent);
        Assert.Contains("建议增加家长委员会的职责", page.DocumentElement.TextContent);
    }

    [SkippableFact]
    public async Task A_calendar_change_evicts_the_cached_pages()
    {
        var consultation = await _steps.PublishedAsync();
        var visitor = site.NewBrowser().Client;
        await visitor.GetAsync(Draft(consultation.Slug));
        Assert.Equal(0, (await CountedGetAsync(visitor, Draft(consultation.Slug))).Commands);
        var admin = await site.SignInAsync("admin");

        var changed = await admin.PostFieldsAsync("/admin/calendar", "/admin/calendar/notice",
            ("Year", "2031"), ("Lines", "2031-01-01..2031-01-03 元旦"));
        var (_, commands) = await CountedGetAsync(visitor, Draft(consultation.Slug));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.True(commands > 0, "the page is rendered again after the calendar changed");
    }

    /// <summary>A form with nothing typed to keep (a button on a link from a mail) still gets the page saying what to do.</summary>
    [SkippableFact]
    public async Task A_post_without_the_token_is_refused_with_a_message_in_the_page_language()
    {
        var chinese = site.NewBrowser();
        var english = site.NewBrowser();
        await english.Client.GetAsync("/language/en?returnUrl=/");
        var fields = new Dictionary<string, string>();

        var zh = await chinese.Client.PostAsync("/subscribe/confirm/no-such-token", new FormUrlEncodedContent(fields));
        var en = await english.Client.PostAsync("/subscribe/confirm/no-such-token", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, zh.StatusCode);
        Assert.Contains("表单安全码缺失或已过期", (await Browser.ParseAsync(zh)).QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, en.StatusCode);
        Assert.Contains("security code is missing", (await Browser.ParseAsync(en)).QuerySelector("h1")!.TextContent);
    }

    [SkippableFact]
    public async Task The_token_endpoint_is_per_visitor_and_never_stored()
    {
        var response = await site.NewBrowser().Client.GetAsync("/forms/token");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.True(response.Headers.Contains("Set-Cookie"));
    }
}
