using System.Net;
using Consultation.Infrastructure.Captcha;
using Consultation.Infrastructure.Content;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Redis;

/// <summary>
/// What the nodes share through a live Redis server: spent captcha answers, rate-limit windows and the cached public
/// pages with their evictions. Each test acts on node A and looks on node B, and checks the keys really are in Redis.
/// </summary>
public abstract class SharedRedisBehaviour(TwoNodesOnRedis nodes)
{
    private static Task<CaptchaResult> VerifyOn(SiteFactory node, string answer) =>
        node.Services.GetRequiredService<ICaptchaVerifier>().VerifyAsync(answer, "203.0.113.9", "comment", CancellationToken.None);

    [SkippableFact]
    public async Task A_proof_of_work_answer_spent_on_A_is_refused_on_B_and_is_remembered_in_Redis()
    {
        var answer = await ProofOfWorkSolver.SolveFromAsync(nodes.A.CreatePlainClient());

        Assert.True((await VerifyOn(nodes.A, answer)).Ok);
        Assert.Equal(CaptchaFailure.Replayed, (await VerifyOn(nodes.B, answer)).FailureKey);
        Assert.Equal(CaptchaFailure.Replayed, (await VerifyOn(nodes.A, answer)).FailureKey);

        Assert.NotEmpty(nodes.KeysUnder("consultation:spent:"));
        await using var scope = nodes.A.Services.CreateAsyncScope();
        var table = await scope.ServiceProvider.GetRequiredService<ConsultationDbContext>().Set<SpentCaptchaAnswer>().CountAsync();
        Assert.Equal(0, table); // Redis is the store when configured; the table is the fallback without it
    }

    [SkippableFact]
    public async Task A_rate_limit_window_filled_on_A_holds_on_B_with_retry_after_in_the_readers_language()
    {
        var onA = nodes.A.CreatePlainClient();
        for (var i = 0; i < TwoNodesOnRedis.LookupLimit; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await onA.GetAsync($"/receipt/AAAA-BBBB-CCC{i}")).StatusCode);

        var onB = await nodes.B.CreatePlainClient().GetAsync("/receipt/AAAA-BBBB-CCCD");

        Assert.Equal(HttpStatusCode.TooManyRequests, onB.StatusCode);
        Assert.InRange(onB.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 600);
        Assert.Contains("请求过于频繁", await onB.Content.ReadAsStringAsync());
        Assert.NotEmpty(nodes.KeysUnder("consultation:rate:lookups:"));
    }

    [SkippableFact]
    public async Task A_page_rendered_on_A_is_stored_in_Redis_and_served_by_B_without_touching_the_database()
    {
        const string page = "/columns/notices?redis=stored";
        var first = await nodes.A.CreatePlainClient().GetAsync(page);

        var (second, commands) = await CountedGetAsync(nodes.B, page);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(0, commands);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.NotEmpty(nodes.KeysUnder("consultation:pages:"));
    }

    [SkippableFact]
    public async Task A_page_cached_on_both_nodes_is_evicted_on_both_when_A_publishes()
    {
        const string page = "/columns/notices";
        await nodes.A.CreatePlainClient().GetAsync(page);
        await nodes.B.CreatePlainClient().GetAsync(page);
        Assert.Equal(0, (await CountedGetAsync(nodes.A, page)).Commands);
        Assert.Equal(0, (await CountedGetAsync(nodes.B, page)).Commands);
        var title = $"两节点缓存清除 {Guid.NewGuid():N}"[..20];

        await PublishOnAAsync(title);

        // B renders the page again (the entry is gone from the shared store); A is then served B's fresh entry, not the old one.
        var (onB, commandsOnB) = await CountedGetAsync(nodes.B, page);
        var (onA, _) = await CountedGetAsync(nodes.A, page);
        Assert.True(commandsOnB > 0, "B rendered the page again rather than serving the evicted entry");
        Assert.Contains(title, await onB.Content.ReadAsStringAsync());
        Assert.Contains(title, await onA.Content.ReadAsStringAsync());
    }

    /// <summary>An approved article due now, taken live by A's scheduled publisher: A's save evicts the public pages.</summary>
    private async Task PublishOnAAsync(string title)
    {
        var now = DateTimeOffset.UtcNow;
        await using var scope = nodes.A.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var column = await db.Columns.FirstAsync(c => c.Slug == "notices");
        db.Articles.Add(ApprovedArticles.Due(column.Id, title, "两个节点共用一个 Redis 时，发布后两边的缓存页同时失效。",
            now.AddSeconds(1), now.AddDays(30), people: "redis"));
        await db.SaveChangesAsync();
        Assert.True(await new ScheduledPublisher(db, new FixedClock(now.AddMinutes(1))).RunAsync() >= 1);
    }

    private static Task<(HttpResponseMessage Response, int Commands)> CountedGetAsync(SiteFactory node, string url) =>
        node.CountedGetAsync(node.CreatePlainClient(), url);
}
