using System.Globalization;
using System.Net;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.IntegrationTests.Search;

namespace Consultation.IntegrationTests.Responses;

/// <summary>舆情回应 notices through 三审 to the public list, with the response time measured; run on SQLite and PostgreSQL.</summary>
public abstract class ResponsesBehaviour(SiteFixture site)
{
    private static string Local(DateTimeOffset at) =>
        at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private static async Task<HttpResponseMessage> CreateAsync(Browser editor, string title, string subject,
        DateTimeOffset arose, DateTimeOffset? first = null) =>
        await editor.SubmitAsync("/admin/responses/new", "/admin/responses", new Dictionary<string, string>
        {
            ["Title"] = title, ["Subject"] = subject, ["ConcernAroseAt"] = Local(arose),
            ["FirstResponseAt"] = first is { } f ? Local(f) : "", ["Body"] = "针对网友关切，现说明如下。",
        });

    [SkippableFact]
    public async Task A_response_is_public_after_three_reviews_with_its_item_and_its_response_time()
    {
        var editor = await site.SignInAsync("editor");
        var title = "关于课后服务收费的说明 " + Guid.NewGuid().ToString("N")[..6];
        var created = await CreateAsync(editor, title, "Policy:1", DateTimeOffset.UtcNow.AddHours(-70),
            DateTimeOffset.UtcNow.AddHours(-10));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = created.Headers.Location!.OriginalString;

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFieldsAsync(page, ReviewUrl.For(page, "submit"))).StatusCode);
        foreach (var reviewer in new[] { "reviewer1", "reviewer2" })
            await (await site.SignInAsync(reviewer)).PostFieldsAsync(page, ReviewUrl.For(page, "approve"));
        var id = page.Split('/').Last();
        Assert.Equal(HttpStatusCode.NotFound, (await site.NewBrowser().GetAsync($"/responses/{id}")).Response.StatusCode);
        await (await site.SignInAsync("reviewer3")).PostFieldsAsync(page, ReviewUrl.For(page, "approve"));

        var (_, list) = await site.NewBrowser().GetAsync("/responses");
        Assert.Contains($"/responses/{id}", list.QuerySelectorAll("#responses a").Select(a => a.GetAttribute("href")));
        var (_, shown) = await site.NewBrowser().GetAsync($"/responses/{id}");
        Assert.Equal("/policies/1", shown.QuerySelector("#response-subject a")!.GetAttribute("href"));
        Assert.StartsWith("60 小时", shown.QuerySelector("#response-time")!.TextContent.Trim());
        Assert.Contains("超过 48 小时目标", shown.QuerySelector("#response-time")!.TextContent);

        var (_, dashboard) = await editor.GetAsync("/admin");
        var row = dashboard.QuerySelector($"#responses-time tr[data-response='{id}']")!;
        Assert.Contains("60 小时", row.QuerySelector(".response-hours")!.TextContent);
    }

    [SkippableFact]
    public async Task A_response_is_searchable_only_once_it_is_public()
    {
        var marker = SearchSteps.Marker();
        var editor = await site.SignInAsync("editor");
        var created = await CreateAsync(editor, $"关于{marker}的回应", "Policy:1", DateTimeOffset.UtcNow.AddHours(-5));
        var page = created.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFieldsAsync(page, ReviewUrl.For(page, "submit"))).StatusCode);
        foreach (var reviewer in new[] { "reviewer1", "reviewer2" })
            await (await site.SignInAsync(reviewer)).PostFieldsAsync(page, ReviewUrl.For(page, "approve"));
        Assert.Empty(await site.TitlesFoundAsync(marker));

        await (await site.SignInAsync("reviewer3")).PostFieldsAsync(page, ReviewUrl.For(page, "approve"));

        var found = await site.SearchAsync("q=" + marker);
        var hit = found.QuerySelector("#search-hits .search-hit")!;
        Assert.Equal($"关于{marker}的回应", hit.QuerySelector(".search-hit-title a")!.TextContent.Trim());
        Assert.Equal($"/responses/{page.Split('/').Last()}", hit.QuerySelector(".search-hit-title a")!.GetAttribute("href"));
        Assert.Contains("回应", hit.TextContent);
    }

    [SkippableFact]
    public async Task A_response_about_something_not_public_is_refused_with_a_message()
    {
        var editor = await site.SignInAsync("editor");

        var refused = await CreateAsync(editor, "关于不存在事项的回应", "Policy:9999", DateTimeOffset.UtcNow.AddHours(-2));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("请从本站已公开的内容中选择涉及事项", (await Browser.ParseAsync(refused)).Text());
    }
}
