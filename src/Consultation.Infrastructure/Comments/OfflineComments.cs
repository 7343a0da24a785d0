using Consultation.Core.Accounts;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Comments;

/// <summary>
/// Offline input: comments from letters, calls, emails and symposia count like web comments. Each gets a receipt code
/// the editor can pass on to the sender; only its keyed hash is stored, so the code is returned once, here.
/// </summary>
public sealed class OfflineComments(ConsultationDbContext db, IReceiptHasher hasher, IOptions<ConsultationRules> rules,
    TimeProvider clock)
{
    public Task<PublicConsultation?> ConsultationAsync(int id, CancellationToken ct = default) =>
        db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>Records the comment and returns its receipt code.</summary>
    public async Task<string> RecordAsync(int consultationId, CommentChannel channel, DateOnly date, string? summary,
        string? clauseAnchor, Actor editor, CancellationToken ct)
    {
        var consultation = await db.Consultations.SingleOrDefaultAsync(c => c.Id == consultationId, ct)
                           ?? throw new ItemNotFoundException();
        var code = ReceiptCode.New();
        db.Comments.Add(consultation.RecordOffline(channel, date, summary ?? "", clauseAnchor, editor, code, hasher,
            clock.GetUtcNow(), rules.Value));
        await db.SaveChangesAsync(ct);
        return code;
    }
}
