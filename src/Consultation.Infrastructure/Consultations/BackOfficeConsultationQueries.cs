using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Core.Publishing;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Consultations;

/// <summary>Read side of the consultation back office: the list, decisions to choose from and the moderation queue.</summary>
public sealed class BackOfficeConsultationQueries(ConsultationDbContext db)
{
    public sealed record ConsultationRow(int Id, string Title, string Slug, string DecisionTitle, ConsultationStatus Status,
        ReviewState State, bool IsPublished, IReadOnlyDictionary<CommentStatus, int> Counts);

    public sealed record CommentPage(IReadOnlyList<Comment> Items, long? NextAfter);

    public async Task<List<ConsultationRow>> ListAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var consultations = await db.Consultations.AsNoTracking().OrderByDescending(c => c.Id).Take(500).ToListAsync(ct);
        var ids = consultations.Select(c => c.Id).ToList();
        var decisionIds = consultations.Select(c => c.DecisionId).Distinct().ToList();
        var decisions = await db.Decisions.AsNoTracking().Where(d => decisionIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Title, ct);
        var counts = await db.Comments.AsNoTracking().Where(c => ids.Contains(c.ConsultationId))
            .GroupBy(c => new { c.ConsultationId, c.Status })
            .Select(g => new { g.Key.ConsultationId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        return consultations.Select(c => new ConsultationRow(c.Id, c.Title, c.Slug,
            decisions.GetValueOrDefault(c.DecisionId, ""), c.StatusAt(now), c.Workflow.State, c.IsPublished,
            counts.Where(x => x.ConsultationId == c.Id).ToDictionary(x => x.Status, x => x.Count))).ToList();
    }

    public Task<List<Decision>> DecisionsAsync(CancellationToken ct = default) =>
        db.Decisions.AsNoTracking().OrderByDescending(d => d.Year).ThenBy(d => d.Title).ToListAsync(ct);

    public Task<Dictionary<CommentStatus, int>> CountsByStatusAsync(int consultationId, CancellationToken ct = default) =>
        db.Comments.AsNoTracking().Where(c => c.ConsultationId == consultationId).GroupBy(c => c.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    public Task<Dictionary<CommentChannel, int>> CountsByChannelAsync(int consultationId, CancellationToken ct = default) =>
        db.Comments.AsNoTracking().Where(c => c.ConsultationId == consultationId).GroupBy(c => c.Channel)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    /// <summary>
    /// One page of the moderation queue, oldest first so comments are handled in the order they came. Keyset paging on
    /// the id: the next page starts after the last id shown, so it stays fast and stable while new comments arrive.
    /// </summary>
    public async Task<CommentPage> CommentsAsync(int consultationId, CommentStatus? status, string? clauseAnchor,
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
}
