using Consultation.Infrastructure.Jobs;
using Microsoft.Extensions.Configuration;

namespace Consultation.Infrastructure.Inspection;

/// <summary>
/// Drives the running link crawl every <c>Inspection:CrawlIntervalSeconds</c>, a few batches per run, and, when
/// <c>Inspection:AutoCrawlDays</c> is set, starts a new crawl once the last one is that old.
/// </summary>
public sealed class LinkCrawlJob(LinkCrawler crawler, IConfiguration configuration, TimeProvider clock) : IRecurringJob
{
    /// <summary>How long one run keeps checking before it yields to the next tick.</summary>
    private static readonly TimeSpan RunBudget = TimeSpan.FromSeconds(20);

    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Inspection:CrawlIntervalSeconds", 5)));

    public async Task RunAsync(CancellationToken ct)
    {
        await StartWhenDueAsync(ct);
        var until = clock.GetUtcNow() + RunBudget;
        var more = true;
        while (more && clock.GetUtcNow() < until) more = await crawler.RunBatchAsync(ct);
    }

    private async Task StartWhenDueAsync(CancellationToken ct)
    {
        var days = configuration.GetValue("Inspection:AutoCrawlDays", 0);
        if (days <= 0) return;
        var latest = await crawler.LatestAsync(ct);
        if (latest is { IsRunning: true }) return;
        if (latest is not null && latest.StartedAt.AddDays(days) > clock.GetUtcNow()) return;
        await crawler.StartAsync("system", ct);
    }
}
