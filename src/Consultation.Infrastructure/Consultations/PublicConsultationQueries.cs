using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Comments;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Consultations;

/// <summary>Read side of the public consultation pages. Only published drafts and public comments are returned.</summary>
public sealed class PublicConsultationQueries(ConsultationDbContext db)
{
    public sealed record ListItem(string Slug, string Title, int Year, DateTimeOffset OpensAt, DateTimeOffset ClosesAt,
        DateTimeOffset? ReportedAt, int CommentCount)
    {
        public ConsultationStatus StatusAt(DateTimeOffset now) => ConsultationStatusRule.Of(OpensAt, ClosesAt, ReportedAt, now);
    }

    public sealed record ListPage(KeysetPage<ListItem> Items, IReadOnlyList<int> Years);

    public sealed record Detail(PublicConsultation Consultation, Decision Decision,
        IReadOnlyDictionary<string, int> PublicCountByClause, IReadOnlyDictionary<CommentChannel, int> TotalByChannel);

    public sealed record PublicComment(long Id, string? ClauseAnchor, string? ClauseLabel, string Body, string? Name,
        CommentChannel Channel, DateTimeOffset ReceivedAt, DateOnly? OfflineDate);

    /// <summary>
    /// Status filters use the one status rule, translated into the query; newest opening first, keyset-paged by
    /// (opening time, id) through <paramref name="cursor"/>. Each item's comment count is read from the kept counts.
    /// </summary>
    public async Task<ListPage> ListAsync(ConsultationStatus? status, int? year, string? cursor, int pageSize, DateTimeOffset now,
        CancellationToken ct = default)
    {
        var consultations = db.Consultations.AsNoTracking().Where(c => c.PublishedAt != null);
        if (status is { } wanted) consultations = consultations.Where(ConsultationStatusRule.Is(wanted, now));
        if (year is { } y) consultations = consultations.Where(c => db.Decisions.Any(d => d.Id == c.DecisionId && d.Year == y));
        // Only the listed columns: the draft text and its history stay in the database.
        var rows = consultations.Select(c => new Row
        {
            Id = c.Id, DecisionId = c.DecisionId, Slug = c.Slug, Title = c.Title, OpensAt = c.Window.OpensAt,
            ClosesAt = c.Window.ClosesAt, ReportedAt = c.ReportedAt,
        });
        var page = await Keyset.PageAsync(rows, c => c.OpensAt, c => c.Id, cursor, pageSize, ct);
        var ids = page.Items.Select(c => c.Id).ToList();
        var decisionIds = page.Items.Select(c => c.DecisionId).Distinct().ToList();
        var years = await db.Decisions.AsNoTracking().Where(d => decisionIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Year, ct);
        var counts = await db.CommentTallies.AsNoTracking().Where(t => ids.Contains(t.ConsultationId))
            .GroupBy(t => t.ConsultationId).Select(g => new { g.Key, Count = g.Sum(t => t.Count) })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var allYears = await db.Decisions.AsNoTracking().Select(d => d.Year).Distinct().OrderByDescending(v => v).ToListAsync(ct);
        return new ListPage(page.Select(c => new ListItem(c.Slug, c.Title, years[c.DecisionId], c.OpensAt,
            c.ClosesAt, c.ReportedAt, counts.GetValueOrDefault(c.Id))), allYears);
    }

    /// <summary>A listed consultation as read for the list (member-initialised, so EF can page and order by it).</summary>
    private sealed class Row
    {
        public int Id { get; init; }
        public int DecisionId { get; init; }
        public string Slug { get; init; } = "";
        public string Title { get; init; } = "";
        public DateTimeOffset OpensAt { get; init; }
        public DateTimeOffset ClosesAt { get; init; }
        public DateTimeOffset? ReportedAt { get; init; }
    }

    /// <summary>A decision's public page (决策背景), once its background has passed 三审.</summary>
    public Task<Decision?> DecisionAsync(int id, CancellationToken ct = default) =>
        db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.PublishedAt != null, ct);

    public async Task<Detail?> DetailAsync(string slug, CancellationToken ct = default)
    {
        var consultation = await db.Consultations.AsNoTracking().Include(c => c.Interpretations).Include(c => c.Extensions)
            .SingleOrDefaultAsync(c => c.Slug == slug && c.PublishedAt != null, ct);
        if (consultation is null) return null;
        var decision = await db.Decisions.AsNoTracking().SingleAsync(d => d.Id == consultation.DecisionId, ct);
        // The kept counts: a few rows per clause, however many comments the draft has.
        var tallies = await CommentCounts.OfAsync(db, consultation.Id, ct);
        var byClause = tallies.Where(t => t.ClauseAnchor != "" && CommentCounts.PublicStatuses.Contains(t.Status))
            .GroupBy(t => t.ClauseAnchor).ToDictionary(g => g.Key, g => g.Sum(t => t.Count));
        // Totals count every comment received, online and offline, public or not: the department's honest count.
        var byChannel = tallies.GroupBy(t => t.Channel).ToDictionary(g => g.Key, g => g.Sum(t => t.Count));
        return new Detail(consultation, decision, byClause, byChannel);
    }

    /// <summary>Keyset-paged public comments: <paramref name="after"/> is the last id seen, never an OFFSET.</summary>
    public async Task<IReadOnlyList<PublicComment>> CommentsAsync(int consultationId, string? clause, long? after,
        bool oldestFirst, int pageSize, CancellationToken ct = default)
    {
        var query = PublicComments(consultationId);
        if (!string.IsNullOrEmpty(clause)) query = query.Where(c => c.ClauseAnchor == clause);
        if (after is { } a) query = oldestFirst ? query.Where(c => c.Id > a) : query.Where(c => c.Id < a);
        query = oldestFirst ? query.OrderBy(c => c.Id) : query.OrderByDescending(c => c.Id);
        return await query.Take(pageSize)
            .Select(c => new PublicComment(c.Id, c.ClauseAnchor, c.ClauseLabel, c.PublicBody,
                c.PublishName ? c.Name : null, c.Channel, c.ReceivedAt, c.OfflineDate))
            .ToListAsync(ct);
    }

    private IQueryable<Comment> PublicComments(int consultationId) =>
        db.Comments.AsNoTracking().Where(c => c.ConsultationId == consultationId).Where(Comment.Public);
}
