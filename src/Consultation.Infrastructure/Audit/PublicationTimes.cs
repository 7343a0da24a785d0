using System.Globalization;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Audit;

/// <summary>
/// When each item last became public in its current form: the newest 终审 publication in the audit log (an entity's
/// own <c>PublishedAt</c> keeps the first one). This is the time a feed entry and an open-data record carry, so a poll
/// sees a change only when an approved change happened.
/// </summary>
public sealed class PublicationTimes(ConsultationDbContext db)
{
    public async Task<Dictionary<long, DateTimeOffset>> LastPublishedAsync(string subjectType,
        IReadOnlyCollection<long> ids, CancellationToken ct = default)
    {
        var keys = ids.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.SubjectType == subjectType && a.Action == "publish" && keys.Contains(a.SubjectKey))
            .Select(a => new { a.SubjectKey, a.At }).ToListAsync(ct);
        return rows.GroupBy(r => long.Parse(r.SubjectKey, CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Max(r => r.At));
    }

    /// <summary>The newest of the audit time and the item's own fallback (seeded data may predate the audit log).</summary>
    public static DateTimeOffset Latest(Dictionary<long, DateTimeOffset> times, long id, DateTimeOffset fallback) =>
        times.TryGetValue(id, out var at) && at > fallback ? at : fallback;
}
