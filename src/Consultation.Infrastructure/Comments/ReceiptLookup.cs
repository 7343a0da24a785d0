using System.Globalization;
using Consultation.Core.Comments;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Comments;

/// <summary>Finds a comment by its receipt code: a short clear prefix narrows the rows, a constant-time hash compare decides.</summary>
public sealed class ReceiptLookup(ConsultationDbContext db, ReceiptHasher hasher)
{
    /// <param name="ChainLine">The audit line that recorded the receipt: its number and hash in the public chain.</param>
    public sealed record Found(Comment Comment, string ConsultationSlug, string ConsultationTitle,
        (long Id, string Hash)? ChainLine);

    public async Task<Found?> FindAsync(string? typed, CancellationToken ct = default)
    {
        var code = ReceiptCode.Normalise(typed);
        if (code is null) return null;
        var lookup = ReceiptCode.Lookup(code);
        var candidates = await db.Comments.AsNoTracking().Where(c => c.ReceiptLookup == lookup).ToListAsync(ct);
        var match = hasher.Match(code, candidates, c => c.ReceiptHash);
        if (match is null) return null;
        var consultation = await db.Consultations.AsNoTracking().SingleAsync(c => c.Id == match.ConsultationId, ct);
        var key = match.Id.ToString(CultureInfo.InvariantCulture);
        var line = await db.AuditEntries.AsNoTracking()
            .Where(e => e.SubjectType == "comment" && e.SubjectKey == key && (e.Action == "receive" || e.Action == "record_offline"))
            .Select(e => new { e.Id, e.Hash }).FirstOrDefaultAsync(ct);
        return new Found(match, consultation.Slug, consultation.Title, line is null ? null : (line.Id, line.Hash));
    }
}
