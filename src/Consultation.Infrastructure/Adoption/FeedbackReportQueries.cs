using Consultation.Core.Comments;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Adoption;

/// <summary>Builds <see cref="ReportContents"/> for the public report, the editor's preview and the redline.</summary>
public sealed class FeedbackReportQueries(ConsultationDbContext db)
{
    /// <param name="localDate">Turns an instant into the reader's calendar day (Asia/Shanghai on this site).</param>
    public async Task<ReportContents?> ContentsAsync(int consultationId, Func<DateTimeOffset, DateOnly> localDate,
        CancellationToken ct = default)
    {
        var consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == consultationId, ct);
        if (consultation is null) return null;
        var report = await db.FeedbackReports.AsNoTracking().SingleOrDefaultAsync(r => r.ConsultationId == consultationId, ct);
        var comments = await db.Comments.AsNoTracking().Where(c => c.ConsultationId == consultationId)
            .Select(c => new { c.Channel, c.ClauseAnchor, c.ClauseLabel, c.GroupId, c.ReceivedAt, c.OfflineDate })
            .ToListAsync(ct);
        var groups = await db.OpinionGroups.AsNoTracking().Where(g => g.ConsultationId == consultationId).ToListAsync(ct);
        var labels = consultation.Clauses.ToDictionary(c => c.Anchor, c => c.Label);

        var byClause = comments.GroupBy(c => c.ClauseAnchor)
            .Select(g => new ReportContents.ClauseCount(g.Key, g.First().ClauseLabel ?? "", g.Count()))
            .OrderBy(c => c.Anchor is null ? -1 : consultation.Clauses.ToList().FindIndex(x => x.Anchor == c.Anchor))
            .ToList();
        var byDay = comments.GroupBy(c => c.OfflineDate ?? localDate(c.ReceivedAt))
            .Select(g => new ReportContents.DayCount(g.Key, g.Count())).OrderBy(d => d.Day).ToList();
        var lines = groups.Select(g =>
            {
                var members = comments.Where(c => c.GroupId == g.Id).ToList();
                return new ReportContents.GroupLine(g, members.Count,
                    members.GroupBy(m => m.Channel).ToDictionary(x => x.Key, x => x.Count()),
                    g.Clauses.Select(a => labels.GetValueOrDefault(a, a)).ToList());
            })
            .OrderByDescending(l => l.Size).ThenBy(l => l.Group.Id).ToList();
        return new ReportContents(consultation, report, comments.Count,
            comments.GroupBy(c => c.Channel).ToDictionary(g => g.Key, g => g.Count()), byClause, byDay, lines);
    }

    /// <summary>For the receipt page: the group and disposition of a comment once its report is public.</summary>
    public async Task<Core.Adoption.OpinionGroup?> PublishedGroupOfAsync(Comment comment, CancellationToken ct = default)
    {
        if (comment.GroupId is not { } groupId) return null;
        var published = await db.FeedbackReports.AnyAsync(r => r.ConsultationId == comment.ConsultationId && r.PublishedAt != null, ct);
        return published ? await db.OpinionGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId, ct) : null;
    }
}
