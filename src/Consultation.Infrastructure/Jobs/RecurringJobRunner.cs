using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Consultation.Infrastructure.Jobs;

/// <summary>
/// Runs each registered <see cref="IRecurringJob"/> on its interval, one loop per job, each run in a new scope, on the
/// one node that holds the job's lease.
/// </summary>
public sealed class RecurringJobRunner(IEnumerable<RecurringJobType> jobs, IServiceScopeFactory scopes,
    JobLeases leases, ILogger<RecurringJobRunner> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(jobs.Select(j => j.JobType).Distinct().Select(type => LoopAsync(type, stoppingToken)));

    private async Task LoopAsync(Type type, CancellationToken ct)
    {
        TimeSpan interval;
        await using (var scope = scopes.CreateAsyncScope())
            interval = ((IRecurringJob)scope.ServiceProvider.GetRequiredService(type)).Interval;
        if (interval < TimeSpan.FromSeconds(1)) interval = TimeSpan.FromSeconds(1);
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                try
                {
                    // One node runs each job: the others skip while the holder keeps renewing its lease.
                    if (!await leases.TryTakeAsync(type.Name, JobLeases.HoldFor(interval), ct)) continue;
                    await using var scope = scopes.CreateAsyncScope();
                    await ((IRecurringJob)scope.ServiceProvider.GetRequiredService(type)).RunAsync(ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A failed run must not stop the job; the next tick retries.
                    logger.LogError(e, "Recurring job {Job} failed", type.Name);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
