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
        years.UnionWith(await PolicyYearsAsync(ct));
        return years.OrderDescending().ToList();
    }

    /// <summary>
    /// The Shanghai years with a published policy, without reading every policy's time: the first and last publication
    /// (through the (PublishedAt, Id) index), then one command asking each year between for one row.
    /// </summary>
    private async Task<List<int>> PolicyYearsAsync(CancellationToken ct)
    {
        var published = db.PolicyDocuments.Where(p => p.PublishedAt != null);
        var first = await published.OrderBy(p => p.PublishedAt).Select(p => p.PublishedAt).FirstOrDefaultAsync(ct);
        var last = await published.OrderByDescending(p => p.PublishedAt).Select(p => p.PublishedAt).FirstOrDefaultAsync(ct);
        if (first is not { } from || last is not { } to) return [];
        IQueryable<int>? probes = null;
        for (var year = ShanghaiTime.DayOf(from).Year; year <= ShanghaiTime.DayOf(to).Year; year++)
        {
            var (start, end, y) = (YearStart(year), YearStart(year + 1), year);
            var probe = published.Where(p => p.PublishedAt >= start && p.PublishedAt < end).Select(p => y).Take(1);
            probes = probes is null ? probe : probes.Concat(probe);
        }
        return await probes!.ToListAsync(ct);
    }

    private static DateTimeOffset YearStart(int year) => ShanghaiTime.At(new DateOnly(year, 1, 1), TimeOnly.MinValue);

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
