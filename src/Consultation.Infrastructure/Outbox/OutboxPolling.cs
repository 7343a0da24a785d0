using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Outbox;

/// <summary>Runs the <see cref="OutboxProcessor"/> on every node, every <see cref="OutboxOptions.PollIntervalMilliseconds"/>.</summary>
public sealed class OutboxPolling(OutboxProcessor processor, IOptions<OutboxOptions> options,
    ILogger<OutboxPolling> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(50, options.Value.PollIntervalMilliseconds));
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await processor.CatchUpAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed pass (database away, a handler's bug) must not stop the loop; the next tick retries.
                logger.LogError(e, "Outbox pass failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
