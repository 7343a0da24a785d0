using Consultation.Core.Audit;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Audit;

/// <summary>
/// Walks the audit log in order and recomputes every link, reporting the first line that was changed, removed or
/// inserted out of order. Reads in pages by id, so the whole log is checked without holding it in memory.
/// </summary>
public sealed class AuditChainVerifier(ConsultationDbContext db)
{
    private const int PageSize = 2000;

    public const string HashMismatch = "hash_mismatch";
    public const string LinkMismatch = "link_mismatch";
    public const string HeadMismatch = "head_mismatch";

    public async Task<AuditChainCheck> VerifyAsync(CancellationToken ct = default)
    {
        var previous = AuditEntry.Genesis;
        long lastId = 0, count = 0;
        while (true)
        {
            var page = await db.AuditEntries.AsNoTracking().Where(e => e.Id > lastId).OrderBy(e => e.Id)
                .Take(PageSize).ToListAsync(ct);
            foreach (var line in page)
            {
                if (line.PreviousHash != previous) return new AuditChainCheck(count, previous, line.Id, LinkMismatch);
                if (line.ComputeHash() != line.Hash) return new AuditChainCheck(count, previous, line.Id, HashMismatch);
                previous = line.Hash;
                count++;
            }
            if (page.Count < PageSize) break;
            lastId = page[^1].Id;
        }
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingleId, ct);
        return head.Hash == previous
            ? new AuditChainCheck(count, previous, null, null)
            : new AuditChainCheck(count, previous, lastId, HeadMismatch);
    }
}
