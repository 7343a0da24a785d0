using System.Diagnostics;
using System.Net;
using Consultation.Infrastructure.Database;
using Consultation.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Consultation.NodeChecks;

/// <summary>
/// What must hold when two nodes serve one database: each check acts on node A and looks on node B, as two requests
/// of one visitor can land on different nodes behind a load balancer.
/// </summary>
public sealed class TwoNodeChecks(Uri a, Uri b, IServiceProvider database, IReadOnlyDictionary<string, string> passwords)
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(2);

    public async Task<IReadOnlyList<CheckResult>> RunAsync()
    {
        var slug = await OpenConsultationAsync();
        await WarmUpAsync(slug);
        var results = new List<CheckResult>();
        foreach (var check in new Func<Task<CheckResult>>[]
                 {
                     () => CommentOnAVisibleOnBAsync(slug),
                     () => FormFromAAcceptedByBAsync(slug),
                     () => SpentAnswerRefusedOnBAsync(slug),
                     MediaFromAServedByBAsync,
                     PublishedOnceAndShownOnBothAsync,
                     // Last: it uses up this address's comment allowance on both nodes.
                     () => RateLimitFilledOnAHoldsOnBAsync(slug),
                 })
        {
            try
            {
                results.Add(await check());
            }
            catch (Exception e)
            {
                results.Add(new CheckResult(check.Method.Name, false, $"{e.GetType().Name}: {e.Message}"));
            }
        }
        return results;
    }

    private async Task<string> OpenConsultationAsync()
    {
        var visitor = new NodeClient(a, b);
        var list = await NodeClient.PageAsync(visitor.A, "/consultations");
        foreach (var link in list.QuerySelectorAll("a[href^='/consultations/']").Select(l => l.GetAttribute("href")!).Distinct())
        {
            var slug = link["/consultations/".Length..].Split('?', '#', '/')[0];
            var page = await NodeClient.PageAsync(visitor.A, $"/consultations/{slug}");
            if (page.QuerySelector($"form[action^='/consultations/{slug}/comments']") is not null) return slug;
        }
        throw new InvalidOperationException("No open consultation with a comment form on node A.");
    }

    /// <summary>
    /// A node's first request to each page pays for JIT and, for search, loading the Chinese dictionary (seconds): the
    /// delays measured are between warm nodes, as in service.
    /// </summary>
    private async Task WarmUpAsync(string slug)
    {
        var visitor = new NodeClient(a, b);
        foreach (var node in new[] { visitor.A, visitor.B })
        foreach (var url in new[] { "/", $"/consultations/{slug}", "/receipt/AAAA-BBBB-CCCC", "/columns/notices", "/search?q=教育", "/admin/login" })
            await node.GetAsync(url);
    }

    private static Dictionary<string, string> Comment(string body, string captcha) =>
        new() { ["Body"] = body, ["ClauseAnchor"] = "", ["Name"] = "", ["Contact"] = "", ["captcha"] = captcha };

    private async Task<CheckResult> CommentOnAVisibleOnBAsync(string slug)
    {
        var visitor = new NodeClient(a, b);
        var posted = await NodeClient.SubmitAsync(visitor.A, visitor.A, $"/consultations/{slug}", $"/consultations/{slug}/comments",
            Comment($"节点 A 收到的意见 {Guid.NewGuid():N}", await ProofOfWorkSolver.SolveFromAsync(visitor.A)));
        if (posted.StatusCode != HttpStatusCode.Redirect) return new("comment on A, receipt on B", false, $"A answered {(int)posted.StatusCode}");
        var receipt = posted.Headers.Location!.OriginalString;
        var delay = await UntilAsync(async () => (await visitor.B.GetAsync(receipt)).StatusCode == HttpStatusCode.OK);
        return new("comment on A, receipt on B", delay <= Soon, Figure(delay));
    }

    private async Task<CheckResult> FormFromAAcceptedByBAsync(string slug)
    {
        var visitor = new NodeClient(a, b);
        // Page, antiforgery cookie and token, and the proof-of-work challenge all come from A; the post goes to B.
        var posted = await NodeClient.SubmitAsync(visitor.A, visitor.B, $"/consultations/{slug}", $"/consultations/{slug}/comments",
            Comment($"A 的表单交给 B {Guid.NewGuid():N}", await ProofOfWorkSolver.SolveFromAsync(visitor.A)));
        return new("form rendered by A accepted by B", posted.StatusCode == HttpStatusCode.Redirect, $"B answered {(int)posted.StatusCode}");
    }

    private async Task<CheckResult> SpentAnswerRefusedOnBAsync(string slug)
    {
        var visitor = new NodeClient(a, b);
        var answer = await ProofOfWorkSolver.SolveFromAsync(visitor.A);
        var first = await NodeClient.SubmitAsync(visitor.A, visitor.A, $"/consultations/{slug}", $"/consultations/{slug}/comments",
            Comment($"第一次使用答案 {Guid.NewGuid():N}", answer));
        var replay = await NodeClient.SubmitAsync(visitor.B, visitor.B, $"/consultations/{slug}", $"/consultations/{slug}/comments",
            Comment($"在 B 重放答案 {Guid.NewGuid():N}", answer));
        return new("captcha answer spent on A refused on B",
            first.StatusCode == HttpStatusCode.Redirect && replay.StatusCode is >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError,
            $"A {(int)first.StatusCode}, replay on B {(int)replay.StatusCode}");
    }

    private async Task<CheckResult> MediaFromAServedByBAsync()
    {
        var editor = new NodeClient(a, b);
        var user = passwords.ContainsKey("editor") ? "editor" : "admin";
        await NodeClient.SignInAsync(editor.A, user, passwords[user]);
        using var bitmap = new SKBitmap(300, 200);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(new SKColor(0x1B, 0x5E, 0x9E));
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        var uploaded = await NodeClient.UploadAsync(editor.A, png.ToArray(), "两节点.png", "两节点共享媒体");
        if (uploaded.StatusCode != HttpStatusCode.Redirect) return new("media uploaded on A served by B", false, $"upload {(int)uploaded.StatusCode}");
        var shown = await NodeClient.PageAsync(editor.A, uploaded.Headers.Location!.OriginalString);
        var link = shown.QuerySelector("#media-link")!.GetAttribute("value")!;
        var onB = await new HttpClient { BaseAddress = b }.GetAsync(link);
        return new("media uploaded on A served by B", onB.StatusCode == HttpStatusCode.OK,
            $"B {(int)onB.StatusCode}, {onB.Content.Headers.ContentType?.MediaType}");
    }

    /// <summary>
    /// This address posts to A until A says 429 (every post counts against the window, answered or not); the next post,
    /// to B, is refused too — with Retry-After and the reason in Chinese — because both count in Redis.
    /// </summary>
    private async Task<CheckResult> RateLimitFilledOnAHoldsOnBAsync(string slug)
    {
        const string name = "rate limit filled on A holds on B";
        var visitor = new NodeClient(a, b);
        Task<HttpResponseMessage> PostAsync(HttpClient node) => NodeClient.SubmitAsync(node, node, $"/consultations/{slug}",
            $"/consultations/{slug}/comments", Comment($"频率限制 {Guid.NewGuid():N}", ""));
        var posts = 0;
        HttpResponseMessage onA;
        do
        {
            onA = await PostAsync(visitor.A);
            posts++;
        } while (onA.StatusCode != HttpStatusCode.TooManyRequests && posts < 100);
        if (onA.StatusCode != HttpStatusCode.TooManyRequests) return new(name, false, $"A still answered {(int)onA.StatusCode} after {posts} posts");

        var onB = await PostAsync(visitor.B);
        var text = await onB.Content.ReadAsStringAsync();
        var retryAfter = onB.Headers.RetryAfter?.Delta;
        var chinese = text.Contains("提交过于频繁", StringComparison.Ordinal);
        return new(name, onB.StatusCode == HttpStatusCode.TooManyRequests && retryAfter > TimeSpan.Zero && chinese,
            $"429 on A after {posts} posts; B {(int)onB.StatusCode}, Retry-After {retryAfter?.TotalSeconds:0} s, \"{text.Trim()}\"");
    }

    /// <summary>
    /// An approved article due in a few seconds: both nodes run the publishing timer, one publishes it (one audit
    /// line), both show it on the article page, its column and in search.
    /// </summary>
    private async Task<CheckResult> PublishedOnceAndShownOnBothAsync()
    {
        var title = $"两节点定时发布 {Guid.NewGuid():N}"[..20];
        var publishAt = DateTimeOffset.UtcNow.AddSeconds(3);
        int id;
        await using (var scope = database.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            var column = await db.Columns.FirstAsync(c => c.Slug == "notices");
            var article = ApprovedArticles.Due(column.Id, title, "两个节点共用一个数据库时，定时发布只执行一次。", publishAt,
                publishAt.AddDays(30), people: "two-nodes");
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            id = article.Id;
        }
        var reader = new NodeClient(a, b);
        var shownOnBoth = await UntilAsync(async () =>
            (await reader.A.GetAsync($"/articles/{id}")).StatusCode == HttpStatusCode.OK
            && (await reader.B.GetAsync($"/articles/{id}")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        var listed = await UntilAsync(async () =>
            (await reader.A.GetStringAsync("/columns/notices")).Contains(title, StringComparison.Ordinal)
            && (await reader.B.GetStringAsync("/columns/notices")).Contains(title, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var searchable = await UntilAsync(async () =>
            (await reader.B.GetStringAsync($"/search?q={Uri.EscapeDataString(title)}")).Contains(title, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        int publishLines;
        await using (var scope = database.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            publishLines = await db.AuditEntries.CountAsync(e => e.SubjectType == "article" && e.SubjectKey == id.ToString() && e.Action == "publish");
        }
        return new("scheduled publishing once; page, column and search on both",
            publishLines == 1 && shownOnBoth < TimeSpan.FromSeconds(30) && listed <= Soon && searchable <= Soon,
            $"{publishLines} publish line(s); on both {Figure(shownOnBoth)} after start; columns +{Figure(listed)}; search on B +{Figure(searchable)}");
    }

    /// <summary>Polls every 50 ms; the time until <paramref name="condition"/> held, or MaxValue when it never did.</summary>
    private static async Task<TimeSpan> UntilAsync(Func<Task<bool>> condition, TimeSpan? limit = null)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < (limit ?? TimeSpan.FromSeconds(10)))
        {
            if (await condition()) return watch.Elapsed;
            await Task.Delay(50);
        }
        return TimeSpan.MaxValue;
    }

    private static string Figure(TimeSpan delay) => delay == TimeSpan.MaxValue ? "never" : $"{delay.TotalMilliseconds:0} ms";
}
