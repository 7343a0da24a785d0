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

    public sealed record ListPage(IReadOnlyList<ListItem> Items, int Page, int PageCount, IReadOnlyList<int> Years);

    public sealed record Detail(PublicConsultation Consultation, Decision Decision,
        IReadOnlyDictionary<string, int> PublicCountByClause, IReadOnlyDictionary<CommentChannel, int> TotalByChannel);

    public sealed record PublicComment(long Id, string? ClauseAnchor, string? ClauseLabel, string Body, string? Name,
        CommentChannel Channel, DateTimeOffset ReceivedAt, DateOnly? OfflineDate);

    /// <summary>Status filters use the one status rule, translated into the query.</summary>
    public async Task<ListPage> ListAsync(ConsultationStatus? status, int? year, int page, int pageSize, DateTimeOffset now,
        CancellationToken ct = default)
    {
        var consultations = db.Consultations.AsNoTracking().Where(c => c.PublishedAt != null);
        if (status is { } wanted) consultations = consultations.Where(ConsultationStatusRule.Is(wanted, now));
        var query = from c in consultations
                    join d in db.Decisions on c.DecisionId equals d.Id
                    select new { c, d };
        if (year is { } y) query = query.Where(x => x.d.Year == y);
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await query.OrderByDescending(x => x.c.Window.OpensAt).ThenByDescending(x => x.c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(x => new ListItem(x.c.Slug, x.c.Title, x.d.Year, x.c.Window.OpensAt, x.c.Window.ClosesAt, x.c.ReportedAt,
                db.CommentTallies.Where(t => t.ConsultationId == x.c.Id).Sum(t => t.Count)))
            .ToListAsync(ct);
        var years = await db.Decisions.AsNoTracking().Select(d => d.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        return new ListPage(items, page, pageCount, years);
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
