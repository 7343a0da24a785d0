using Consultation.Core.Accounts;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Comments;

/// <summary>
/// The moderation queue of one consultation and the editor's moves on it (publish, hold, refuse), each a
/// <see cref="Comment"/> verb that refuses moves it does not allow.
/// </summary>
public sealed class CommentModeration(ConsultationDbContext db, TimeProvider clock)
{
    public sealed record CommentPage(IReadOnlyList<Comment> Items, long? NextAfter);

    /// <summary>Comments waiting for an editor (received, or held back), per consultation; for the dashboard.</summary>
    public sealed record Waiting(int ConsultationId, string Title, int Received, int Held);

    public async Task<List<Waiting>> WaitingAsync(CancellationToken ct = default)
    {
        var counts = await db.CommentTallies.AsNoTracking()
            .Where(c => (c.Status == CommentStatus.Received || c.Status == CommentStatus.Held) && c.Count > 0)
            .GroupBy(c => new { c.ConsultationId, c.Status })
            .Select(g => new { g.Key.ConsultationId, g.Key.Status, Count = g.Sum(c => c.Count) }).ToListAsync(ct);
        var ids = counts.Select(c => c.ConsultationId).Distinct().ToList();
        var titles = await db.Consultations.AsNoTracking().Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Title, ct);
        return [.. ids.Select(id => new Waiting(id, titles[id],
                counts.Where(c => c.ConsultationId == id && c.Status == CommentStatus.Received).Sum(c => c.Count),
                counts.Where(c => c.ConsultationId == id && c.Status == CommentStatus.Held).Sum(c => c.Count)))
            .OrderByDescending(w => w.Received + w.Held).ThenBy(w => w.ConsultationId)];
    }

    public Task<PublicConsultation?> ConsultationAsync(int id, CancellationToken ct = default) =>
        db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);

    public async Task<Dictionary<CommentStatus, int>> CountsByStatusAsync(int consultationId, CancellationToken ct = default) =>
        (await CommentCounts.OfAsync(db, consultationId, ct)).GroupBy(t => t.Status).ToDictionary(g => g.Key, g => g.Sum(t => t.Count));

    public async Task<Dictionary<CommentChannel, int>> CountsByChannelAsync(int consultationId, CancellationToken ct = default) =>
        (await CommentCounts.OfAsync(db, consultationId, ct)).GroupBy(t => t.Channel).ToDictionary(g => g.Key, g => g.Sum(t => t.Count));

    /// <summary>
    /// One page of the queue, oldest first so comments are handled in the order they came. Keyset paging on the id:
    /// the next page starts after the last id shown, so it stays fast and stable while new comments arrive.
    /// </summary>
    public async Task<CommentPage> QueueAsync(int consultationId, CommentStatus? status, string? clauseAnchor,
        long? after, int pageSize, CancellationToken ct = default)
    {
        var query = db.Comments.AsNoTracking().Where(c => c.ConsultationId == consultationId);
        if (status is { } s) query = query.Where(c => c.Status == s);
        if (!string.IsNullOrEmpty(clauseAnchor)) query = query.Where(c => c.ClauseAnchor == clauseAnchor);
        if (after is { } a) query = query.Where(c => c.Id > a);
        var items = await query.OrderBy(c => c.Id).Take(pageSize + 1).ToListAsync(ct);
        return items.Count > pageSize
            ? new CommentPage(items.GetRange(0, pageSize), items[pageSize - 1].Id)
            : new CommentPage(items, null);
    }

    public Task PublishAsync(int consultationId, long commentId, Actor editor, CancellationToken ct) =>
        ChangeAsync(consultationId, commentId, c => c.Publish(editor, clock.GetUtcNow()), ct);

    public Task HoldAsync(int consultationId, long commentId, string? reason, Actor editor, CancellationToken ct) =>
        ChangeAsync(consultationId, commentId, c => c.Hold(reason, editor, clock.GetUtcNow()), ct);

    public Task RefuseAsync(int consultationId, long commentId, string? reason, Actor editor, CancellationToken ct) =>
        ChangeAsync(consultationId, commentId, c => c.Refuse(reason, editor, clock.GetUtcNow()), ct);

    private Task ChangeAsync(int consultationId, long commentId, Action<Comment> change, CancellationToken ct) =>
        db.ChangeAsync(db.Comments.Where(c => c.Id == commentId && c.ConsultationId == consultationId), change, ct);
}
