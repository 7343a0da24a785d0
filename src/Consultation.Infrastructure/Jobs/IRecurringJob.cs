namespace Consultation.Infrastructure.Jobs;

/// <summary>
/// Work a feature wants done in the background at a steady interval (purging contact details past retention,
/// carrying on a link crawl). Registered with <see cref="JobsModule.AddRecurringJob{TJob}"/>; each run gets a scope of
/// its own, and a failed run is logged and retried at the next interval.
/// </summary>
public interface IRecurringJob
{
    /// <summary>Time between runs; the first run comes one interval after start.</summary>
    TimeSpan Interval { get; }

    Task RunAsync(CancellationToken ct);
}
