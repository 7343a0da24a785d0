using Consultation.Core;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Records;

/// <summary>
/// Which years have something public for the yearly download, and the newest change any of them could reflect.
/// A decision, catalog line or evaluation belongs to the year it names; a policy document to the year (Shanghai) it
/// was published.
/// </summary>
public sealed class DownloadYears(ConsultationDbContext db)
{
    /// <summary>Newest first.</summary>
    public async Task<List<int>> ListAsync(CancellationToken ct = default)
    {
        var years = new HashSet<int>();
        years.UnionWith(await db.Decisions.Where(d => d.PublishedAt != null).Select(d => d.Year).Distinct().ToListAsync(ct));
        years.UnionWith(await db.CatalogEntries.Where(e => e.PublishedJson != null).Select(e => e.Year).Distinct().ToListAsync(ct));
        years.UnionWith(await db.Evaluations.Where(e => e.PublishedAt != null).Select(e => e.Year).Distinct().ToListAsync(ct));
        years.UnionWith((await db.PolicyDocuments.Where(p => p.PublishedAt != null).Select(p => p.PublishedAt!.Value)
            .ToListAsync(ct)).Select(t => ShanghaiTime.DayOf(t).Year));
        return years.OrderDescending().ToList();
    }

    /// <summary>
    /// The newest outbox message, as <c>{id}-{when it was written}</c>. Every save that changes what the public may
    /// read (a 终审, a comment published, a scheduled article going live) writes one in the same transaction, and ids
    /// only grow, so a file built at this message is current until a newer one exists. The time tells apart two
    /// databases that happen to have reached the same id (a rebuilt test or development database).
    /// </summary>
    public async Task<string> NewestChangeAsync(CancellationToken ct = default)
    {
        var newest = await db.OutboxMessages.OrderByDescending(m => m.Id).Select(m => new { m.Id, m.CreatedAt })
            .FirstOrDefaultAsync(ct);
        return newest is null ? "0" : $"{newest.Id}-{newest.CreatedAt.UtcTicks}";
    }
}
