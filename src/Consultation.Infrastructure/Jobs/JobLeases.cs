using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Jobs;

/// <summary>
/// Lets a job that must run once across all nodes (scheduled publishing, recurring jobs) run only on the node holding
/// its lease. The holder renews on every run; when it stops, another node takes over once the lease has lapsed.
/// </summary>
public sealed class JobLeases(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>This process's name on the leases it holds.</summary>
    public string Holder { get; } = $"{Guid.NewGuid():N} {Environment.MachineName}"[..Math.Min(JobLease.MaxHolderLength, 33 + Environment.MachineName.Length)];

    /// <summary>
    /// How long a run's lease lasts: two intervals, so the holder renews it in time, and a dead holder's job moves to
    /// another node within two intervals.
    /// </summary>
    public static TimeSpan HoldFor(TimeSpan interval) => interval * 2 + TimeSpan.FromSeconds(5);

    /// <summary>True when this node now holds <paramref name="job"/>'s lease for <paramref name="holdFor"/>.</summary>
    public async Task<bool> TryTakeAsync(string job, TimeSpan holdFor, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var until = now + holdFor;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var leases = db.Set<JobLease>();
        var renewed = await leases.Where(l => l.Name == job && (l.Holder == Holder || l.Until < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, Holder).SetProperty(l => l.Until, until), ct);
        if (renewed == 1) return true;
        if (await leases.AnyAsync(l => l.Name == job, ct)) return false;
        leases.Add(JobLease.Taken(job, Holder, until));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another node inserted the first lease a moment earlier
        }
    }
}
