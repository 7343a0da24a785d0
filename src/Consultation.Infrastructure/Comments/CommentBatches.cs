using System.Data.Common;
using Consultation.Core;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Captcha;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Comments;

/// <summary>
/// Stores a batch of queued comments in one transaction: the same rules as <see cref="CommentIntake"/> item by item
/// (a refusal settles only its own submission), one commit for all. If the commit fails (a retry of the same form in
/// the same batch, or one that another node stored meanwhile, hits the unique key) nothing of it was acknowledged, and
/// every item is stored again one by one, so one bad item never costs the others.
/// </summary>
public sealed class CommentBatches(ConsultationDbContext db, ReceiptHasher hasher, IOptions<ConsultationRules> rules,
    IntakeCache cache, IServiceScopeFactory scopes, ILogger<CommentBatches> log) : ICommentBatchStore
{
    public async Task StoreAsync(IReadOnlyList<PendingComment> batch, CancellationToken ct)
    {
        // The key is settled once per item, so the one-by-one retry stores under the very same key.
        var items = batch.Select(p => (Pending: p, Key: ReceiptHasher.UsableKey(p.Draft.IdempotencyKey))).ToList();
        var slugs = items.Select(i => i.Pending.Slug).Distinct().ToList();
        // This node's copies, checked against the database's concurrency stamps: no aggregate load per batch.
        var consultations = await cache.ConsultationsAsync(db, slugs, ct);
        var ids = consultations.Values.Select(c => c.Id).ToList();
        var keys = items.Select(i => i.Key).ToList();
        var earlier = await db.Comments.AsNoTracking()
            .Where(c => ids.Contains(c.ConsultationId) && keys.Contains(c.IdempotencyKey!))
            .ToListAsync(ct);
        var words = await cache.WordsAsync(db, ct);

        var added = new List<Added>();
        foreach (var (pending, key) in items)
        {
            if (!consultations.TryGetValue(pending.Slug, out var consultation))
            {
                pending.Refused(new DomainException("consultation.not_found"));
                continue;
            }
            var code = hasher.CodeFor(consultation.Id, key);
            if (earlier.FirstOrDefault(c => c.ConsultationId == consultation.Id && c.IdempotencyKey == key) is { } stored)
            {
                pending.Stored(CommentIntake.Receipt(code, stored, consultation));
                continue;
            }
            try
            {
                var comment = consultation.Receive(pending.Draft with { IdempotencyKey = key }, code, hasher, words,
                    pending.SubmittedAt, rules.Value);
                db.Comments.Add(comment);
                added.Add(new Added(pending, comment, consultation, code, key));
            }
            catch (DomainException e)
            {
                pending.Refused(e);
            }
        }
        if (added.Count == 0) return;

        List<Added> kept;
        List<(PendingComment Pending, string Key)> replayed;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            (kept, replayed) = await SpendAnswersAsync(added, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            log.LogWarning(e, "A batch of {Count} comments failed to commit; storing them one by one", added.Count);
            db.ChangeTracker.Clear();
            foreach (var (pending, _, _, _, key) in added) await StoreAloneAsync(pending, key, ct);
            return;
        }
        foreach (var (pending, comment, consultation, code, _) in kept)
            pending.Stored(CommentIntake.Receipt(code, comment, consultation));
        foreach (var (pending, key) in replayed)
        {
            // The same form sent twice with its one answer (a double click) gets the receipt of the copy kept.
            if (kept.FirstOrDefault(k => k.Pending.Slug == pending.Slug && k.Key == key) is { } twin)
                pending.Stored(CommentIntake.Receipt(twin.Code, twin.Comment, twin.Consultation));
            else pending.Refused(new DomainException(CaptchaFailure.Replayed));
        }
    }

    /// <summary>
    /// Marks the batch's answers spent in its transaction, one statement for all: an answer already spent, or used
    /// by an earlier item of this batch, keeps its comment out of the save.
    /// </summary>
    private async Task<(List<Added> Kept,
        List<(PendingComment Pending, string Key)> Replayed)> SpendAnswersAsync(
        List<Added> added,
        CancellationToken ct)
    {
        var granted = new HashSet<string>(await SingleUseTokens.SpendInAsync(db,
            added.Where(a => a.Pending.Spend is not null).Select(a => a.Pending.Spend!).ToList(), ct), StringComparer.Ordinal);
        var kept = new List<Added>();
        var replayed = new List<(PendingComment, string)>();
        foreach (var item in added)
        {
            if (item.Pending.Spend is not { } spend || granted.Remove(spend.Key)) kept.Add(item);
            else
            {
                db.Entry(item.Comment).State = EntityState.Detached;
                replayed.Add((item.Pending, item.Key));
            }
        }
        return (kept, replayed);
    }

    /// <summary>One submission in its own scope and transaction; a retry already stored answers with that comment.</summary>
    private async Task StoreAloneAsync(PendingComment pending, string key, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var intake = scope.ServiceProvider.GetRequiredService<CommentIntake>();
            pending.Stored(await intake.ReceiveAsync(pending.Slug, pending.Draft with { IdempotencyKey = key }, ct,
                pending.SubmittedAt, pending.Spend));
        }
        catch (Exception e)
        {
            pending.Refused(e);
        }
    }

    private sealed record Added(PendingComment Pending, Comment Comment, PublicConsultation Consultation, string Code,
        string Key);
}
