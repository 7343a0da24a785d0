using Consultation.Core;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Captcha;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Comments;

/// <summary>
/// Stores a citizen's comment and returns its receipt. The same idempotency key always yields the same single
/// comment and receipt, so a double click or a retry after a network error never stores twice.
/// </summary>
public sealed class CommentIntake(ConsultationDbContext db, ReceiptHasher hasher, IOptions<ConsultationRules> rules,
    TimeProvider clock)
{
    /// <param name="submittedAt">When the request arrived, if it waited in the <see cref="CommentQueue"/>; else now.</param>
    /// <param name="spend">The form's anti-automation answer, marked spent in the comment's own transaction.</param>
    public async Task<CommentReceipt> ReceiveAsync(string slug, CommentDraft draft, CancellationToken ct = default,
        DateTimeOffset? submittedAt = null, CaptchaSpend? spend = null)
    {
        var consultation = await db.Consultations.SingleOrDefaultAsync(c => c.Slug == slug && c.PublishedAt != null, ct)
                           ?? throw new DomainException("consultation.not_found");
        var key = ReceiptHasher.UsableKey(draft.IdempotencyKey);
        var code = hasher.CodeFor(consultation.Id, key);
        var existing = await FindAsync(consultation.Id, key, ct);
        if (existing is not null) return Receipt(code, existing, consultation);

        var words = new SensitiveWordList(await db.SensitiveWords.Select(w => w.Word).ToListAsync(ct));
        var comment = consultation.Receive(draft with { IdempotencyKey = key }, code, hasher, words,
            submittedAt ?? clock.GetUtcNow(), rules.Value);
        db.Comments.Add(comment);
        try
        {
            await SaveSpendingAsync(spend, ct);
        }
        catch (Exception e) when (e is DbUpdateException or DomainException { MessageKey: CaptchaFailure.Replayed })
        {
            // Two copies of the same submission raced (the unique key, or their one answer, kept one): answer with
            // that one. An answer spent on another comment stays refused.
            db.ChangeTracker.Clear();
            existing = await FindAsync(consultation.Id, key, ct);
            if (existing is null) throw;
            return Receipt(code, existing, consultation);
        }
        return Receipt(code, comment, consultation);
    }

    private async Task SaveSpendingAsync(CaptchaSpend? spend, CancellationToken ct)
    {
        if (spend is null)
        {
            await db.SaveChangesAsync(ct);
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if ((await SingleUseTokens.SpendInAsync(db, [spend], ct)).Count == 0)
            throw new DomainException(CaptchaFailure.Replayed);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// The receipt of an earlier submission of this very form, if any. Checked before the anti-automation answer, so a
    /// retry after a lost response gets the receipt even though its (spent) answer would now be refused.
    /// </summary>
    public async Task<CommentReceipt?> PreviousReceiptAsync(string slug, string? idempotencyKey, CancellationToken ct = default)
    {
        if (idempotencyKey is not { Length: >= 16 and <= 64 }) return null;
        // One query on every POST of the form (a flash crowd's hot path): the comment with the consultation's name.
        var found = await (from c in db.Comments.AsNoTracking()
                           join p in db.Consultations on c.ConsultationId equals p.Id
                           where p.Slug == slug && c.IdempotencyKey == idempotencyKey
                           select new { Comment = c, p.Id, p.Slug, p.Title }).SingleOrDefaultAsync(ct);
        return found is null ? null
            : Receipt(hasher.CodeFor(found.Id, idempotencyKey), found.Comment, found.Slug, found.Title);
    }

    private Task<Comment?> FindAsync(int consultationId, string key, CancellationToken ct) =>
        db.Comments.AsNoTracking().SingleOrDefaultAsync(c => c.ConsultationId == consultationId && c.IdempotencyKey == key, ct);

    internal static CommentReceipt Receipt(string code, Comment comment, PublicConsultation consultation) =>
        Receipt(code, comment, consultation.Slug, consultation.Title);

    private static CommentReceipt Receipt(string code, Comment comment, string slug, string title) =>
        new(code, comment.ReceivedAt, comment.BodyDigest, comment.Status, slug, title);
}
