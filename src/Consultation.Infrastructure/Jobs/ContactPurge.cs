using Consultation.Core;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Jobs;

/// <summary>
/// Erases the names and contact details of every <typeparamref name="T"/> closed longer ago than its retention
/// period; each erasure is an audit row, written with it in one save.
/// </summary>
public sealed class ContactPurge<T>(ConsultationDbContext db, ContactRetention<T> retention, TimeProvider clock)
    : IRecurringJob where T : class, IContactHolder
{
    public TimeSpan Interval => retention.Interval;

    public async Task RunAsync(CancellationToken ct) => await PurgeAsync(ct);

    /// <summary>Purges every item due; returns how many.</summary>
    public async Task<int> PurgeAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var closedBefore = ShanghaiTime.DayOf(now).AddDays(-retention.Days);
        var due = await db.Set<T>()
            .Where(x => x.ContactPurgedAt == null && x.ClosedOn != null && x.ClosedOn < closedBefore).ToListAsync(ct);
        foreach (var item in due) item.PurgeContact(retention.Days, now);
        if (due.Count > 0) await db.SaveChangesAsync(ct);
        return due.Count;
    }
}
