using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Consultation.Core.Comments;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Consultation.IntegrationTests.OpenData;

/// <summary>The read-only API under /api/v1: what the public may read, every row once, cacheable, open to any origin for GET.</summary>
public abstract partial class OpenDataBehaviour(SiteFixture site)
{
    private const string Email = "li.ming@example.cn";
    private const string Phone = "13912345678";
    private const string IdNumber = "370102199001011231"; // a valid check digit: what the masking recognises as 身份证
    private static readonly string Written = $"建议延长课后服务时间。联系我：{Email}，电话 {Phone}，身份证 {IdNumber}。";
    private readonly ConsultationSteps _steps = new(site);

    [SkippableFact]
    public async Task No_endpoint_in_the_openapi_document_shows_an_email_phone_or_id_number_and_chinese_is_not_escaped()
    {
        var consultation = await _steps.PublishedAsync();
        var comment = await _steps.ReceiveAsync(consultation.Id, Written, name: "钱多多", contact: $"{Email} {Phone}", publishName: false);
        await PublishAsync(consultation.Id, comment);
        var client = site.NewBrowser().Client;

        using var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = openApi.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        var bodies = new Dictionary<string, string>();
        foreach (var path in paths) bodies[path] = string.Join("\n", (await WalkAsync(client, path, 50)).Select(p => p.Raw));

        Assert.Contains("/api/v1/comments", paths);
        Assert.True(paths.Count >= 7, string.Join(", ", paths));
        Assert.Contains($"\"id\": {comment}", bodies["/api/v1/comments"]);
        Assert.Contains("建议延长课后服务时间", bodies["/api/v1/comments"]);
        foreach (var (path, body) in bodies)
        {
            Assert.False(ContactPatterns.Email().IsMatch(body), $"{path} shows an e-mail address: {ContactPatterns.Email().Match(body).Value}");
            Assert.False(ContactPatterns.Mobile().IsMatch(body), $"{path} shows a phone number: {ContactPatterns.Mobile().Match(body).Value}");
            Assert.False(ContactPatterns.IdNumber().IsMatch(body), $"{path} shows an ID number: {ContactPatterns.IdNumber().Match(body).Value}");
            Assert.DoesNotContain("钱多多", body);
            Assert.False(EscapedChinese().IsMatch(body), $"{path} escapes Chinese as \\u");
        }
    }

    [SkippableFact]
    public async Task Keyset_paging_meets_every_published_comment_exactly_once_while_comments_arrive()
    {
        var consultation = await _steps.PublishedAsync();
        for (var i = 0; i < 3; i++) await PublishAsync(consultation.Id, await _steps.ReceiveAsync(consultation.Id, $"意见{i}"));
        var client = site.NewBrowser().Client;
        var seen = new List<long>();
        var arrived = 0;

        string? next = "/api/v1/comments?limit=2";
        while (next is not null)
        {
            using var page = JsonDocument.Parse(await client.GetStringAsync(next));
            seen.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
            next = page.RootElement.GetProperty("next").GetString();
            if (arrived++ < 4) await PublishAsync(consultation.Id, await _steps.ReceiveAsync(consultation.Id, $"新意见{arrived}"));
        }

        var everyPublic = await _steps.Read(db => db.Comments.Where(Comment.Public).Select(c => c.Id).ToListAsync());
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(everyPublic.Order(), seen.Order());
    }

    [SkippableFact]
    public async Task An_unchanged_page_answers_304_to_its_etag_and_a_changed_one_does_not()
    {
        var client = site.NewBrowser().Client;
        var first = await client.GetAsync("/api/v1/consultations");
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/consultations");
        again.Headers.IfNoneMatch.Add(etag);
        var cached = await client.SendAsync(again);
        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/v1/consultations");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000\""));
        var fresh = await client.SendAsync(stale);

        Assert.False(etag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, cached.StatusCode);
        Assert.Empty(await cached.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [SkippableFact]
    public async Task A_cursor_the_api_did_not_make_is_a_400_problem_in_chinese_and_english()
    {
        var client = site.NewBrowser().Client;

        foreach (var url in new[] { "/api/v1/comments?after=not-ours", "/api/v1/comments?after=%25%25", "/api/v1/comments?limit=0" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Matches("\\p{IsCJKUnifiedIdeographs}", problem.RootElement.GetProperty("title").GetString());
            Assert.Matches("[A-Za-z]{4}", problem.RootElement.GetProperty("detail").GetString());
            Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        }
    }

    [SkippableFact]
    public async Task Any_origin_may_read_with_get_and_other_verbs_get_no_cors_header()
    {
        var client = site.NewBrowser().Client;
        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/v1/catalog");
        get.Headers.Add("Origin", "https://research.example.org");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/v1/catalog");
        post.Headers.Add("Origin", "https://research.example.org");
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/catalog");
        preflight.Headers.Add("Origin", "https://research.example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "DELETE");

        var read = await client.SendAsync(get);
        var written = await client.SendAsync(post);
        var asked = await client.SendAsync(preflight);

        Assert.Equal("*", read.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(read.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.NotEqual(HttpStatusCode.OK, written.StatusCode);
        Assert.False(written.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(asked.Headers.Contains("Access-Control-Allow-Methods"));
    }

    [SkippableFact]
    public async Task Statuses_are_a_stable_code_with_the_chinese_label_in_the_api_and_the_catalog_json()
    {
        var client = site.NewBrowser().Client;

        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/v1/catalog"));
        using var catalog = JsonDocument.Parse(await client.GetStringAsync("/catalog/2026/catalog.json"));

        foreach (var status in new[] { api.RootElement.GetProperty("items")[0].GetProperty("status"), catalog.RootElement[0].GetProperty("status") })
        {
            Assert.Matches("^[a-z][A-Za-z]+$", status.GetProperty("code").GetString());
            Assert.Matches("\\p{IsCJKUnifiedIdeographs}", status.GetProperty("label").GetString());
        }
    }

    [SkippableFact]
    public async Task Times_are_beijing_time_as_the_pages_show_them()
    {
        using var api = JsonDocument.Parse(await site.NewBrowser().Client.GetStringAsync("/api/v1/consultations"));
        var consultation = api.RootElement.GetProperty("items")[0];

        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$", consultation.GetProperty("opensAt").GetString());
        Assert.Matches(@"\+08:00$", consultation.GetProperty("closesAt").GetString());
    }

    private async Task PublishAsync(int consultationId, long comment)
    {
        var editor = await _steps.As("editor");
        var queue = $"/admin/consultations/{consultationId}/comments";
        Assert.Equal(HttpStatusCode.Redirect,
            (await editor.PostWithTokenAsync(queue, $"{queue}/{comment}/publish", new Dictionary<string, string>())).StatusCode);
    }

    private static async Task<List<(string Raw, JsonDocument Json)>> WalkAsync(HttpClient client, string path, int limit)
    {
        var pages = new List<(string, JsonDocument)>();
        string? next = $"{path}?limit={limit}";
        while (next is not null)
        {
            var response = await client.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var raw = await response.Content.ReadAsStringAsync();
            var json = JsonDocument.Parse(raw);
            pages.Add((raw, json));
            next = json.RootElement.GetProperty("next").GetString();
        }
        return pages;
    }




    [GeneratedRegex(@"\\u[4-9][0-9a-fA-F]{3}")]
    private static partial Regex EscapedChinese();
}
