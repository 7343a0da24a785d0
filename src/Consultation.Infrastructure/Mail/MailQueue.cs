using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Mail;

/// <summary>
/// Queues mail once per cluster: a draft whose key is already in the table is left out, and when another node wins
/// the race to the unique index between the check and the insert, the rows are tried one at a time and the taken
/// keys skipped. Each call works in a scope of its own, so a refused insert never touches a caller's changes.
/// </summary>
public sealed class MailQueue(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Queues the drafts not queued before; returns how many were new.</summary>
    public async Task<int> EnqueueAsync(IReadOnlyCollection<MailDraft> drafts, CancellationToken ct)
    {
        var distinct = drafts.DistinctBy(d => d.Key).ToList();
        if (distinct.Count == 0) return 0;
        var keys = distinct.Select(d => d.Key).ToList();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            var taken = (await db.Set<OutgoingMail>().Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync(ct))
                .ToHashSet();
            distinct = distinct.Where(d => !taken.Contains(d.Key)).ToList();
            if (distinct.Count == 0) return 0;
            var now = clock.GetUtcNow();
            db.Set<OutgoingMail>().AddRange(distinct.Select(d => OutgoingMail.From(d, now)));
            try
            {
                await db.SaveChangesAsync(ct);
                return distinct.Count;
            }
            catch (DbUpdateException)
            {
                // Another node queued some of them meanwhile: fall back to one row at a time below.
            }
        }
        var added = 0;
        foreach (var draft in distinct)
            if (await TryAddOneAsync(draft, ct)) added++;
        return added;
    }

    private async Task<bool> TryAddOneAsync(MailDraft draft, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        db.Set<OutgoingMail>().Add(OutgoingMail.From(draft, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}
