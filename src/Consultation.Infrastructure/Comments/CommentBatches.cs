using Consultation.Core;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
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

        var added = new List<(PendingComment Pending, Comment Comment, PublicConsultation Consultation, string Code, string Key)>();
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
                added.Add((pending, comment, consultation, code, key));
            }
            catch (DomainException e)
            {
                pending.Refused(e);
            }
        }
        if (added.Count == 0) return;

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            log.LogWarning(e, "A batch of {Count} comments failed to commit; storing them one by one", added.Count);
            db.ChangeTracker.Clear();
            foreach (var (pending, _, _, _, key) in added) await StoreAloneAsync(pending, key, ct);
            return;
        }
        foreach (var (pending, comment, consultation, code, _) in added)
            pending.Stored(CommentIntake.Receipt(code, comment, consultation));
    }

    /// <summary>One submission in its own scope and transaction; a retry already stored answers with that comment.</summary>
    private async Task StoreAloneAsync(PendingComment pending, string key, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var intake = scope.ServiceProvider.GetRequiredService<CommentIntake>();
            pending.Stored(await intake.ReceiveAsync(pending.Slug, pending.Draft with { IdempotencyKey = key }, ct,
                pending.SubmittedAt));
        }
        catch (Exception e)
        {
            pending.Refused(e);
        }
    }
}
