using Consultation.Infrastructure.Content;

namespace Consultation.Web.Features.Content;

/// <summary>Runs the <see cref="ScheduledPublisher"/> on a timer (Publishing:ScheduleIntervalSeconds, default 30).</summary>
public sealed class ScheduledPublishingService(IServiceScopeFactory scopes, IConfiguration configuration,
    ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Publishing:ScheduleIntervalSeconds", 30)));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var changed = await scope.ServiceProvider.GetRequiredService<ScheduledPublisher>().RunAsync(stoppingToken);
                if (changed > 0) logger.LogInformation("Scheduled publishing changed {Count} articles", changed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed run must not stop the schedule; the next tick retries.
                logger.LogError(e, "Scheduled publishing run failed");
            }
        }
    }
}
