using Consultation.Infrastructure.Content;
using Consultation.Infrastructure.Jobs;

namespace Consultation.Web.Features.Content;

/// <summary>
/// Runs the <see cref="ScheduledPublisher"/> on a timer (Publishing:ScheduleIntervalSeconds, default 30) on the one
/// node holding the publishing lease, so an article goes live once, with one audit line, however many nodes run.
/// </summary>
public sealed class ScheduledPublishingService(IServiceScopeFactory scopes, IConfiguration configuration, JobLeases leases,
    ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    public const string LeaseName = "scheduled-publishing";

    private TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Publishing:ScheduleIntervalSeconds", 30)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed run must not stop the schedule; the next tick retries.
                logger.LogError(e, "Scheduled publishing run failed");
            }
        }
    }

    /// <summary>One run, if this node holds the lease; returns how many articles changed here (0 when another node runs).</summary>
    public async Task<int> TickAsync(CancellationToken ct)
    {
        if (!await leases.TryTakeAsync(LeaseName, JobLeases.HoldFor(Interval), ct)) return 0;
        await using var scope = scopes.CreateAsyncScope();
        var changed = await scope.ServiceProvider.GetRequiredService<ScheduledPublisher>().RunAsync(ct);
        if (changed > 0) logger.LogInformation("Scheduled publishing changed {Count} articles", changed);
        return changed;
    }
}
