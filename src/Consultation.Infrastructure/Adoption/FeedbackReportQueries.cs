using Consultation.Core;
using Consultation.Core.Adoption;
using Consultation.Core.Comments;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Adoption;

/// <summary>
/// Builds <see cref="ReportContents"/>: from the live groups for the editor's preview and the snapshot frozen at
/// submission, and from a published version's frozen snapshot for the public report, the redline and receipts.
/// </summary>
public sealed class FeedbackReportQueries(ConsultationDbContext db)
{
    /// <summary>The editor's view: the report as it stands and the groups as they are now.</summary>
    public async Task<ReportContents?> WorkingAsync(int consultationId, CancellationToken ct = default)
    {
        var consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == consultationId, ct);
        if (consultation is null) return null;
        var report = await ReportAsync(consultationId, ct);
        var decision = await db.Decisions.AsNoTracking().SingleAsync(d => d.Id == consultation.DecisionId, ct);
        var snapshot = await LiveSnapshotAsync(consultationId, decision.DecidedOn ?? default, ct);
        return new ReportContents(consultation, report, snapshot, report?.LatestVersion);
    }

    /// <summary>
    /// The public report: the newest published version, or version <paramref name="number"/> for an earlier one that a
    /// correction replaced. Null when nothing is published.
    /// </summary>
    public async Task<ReportContents?> PublishedAsync(int consultationId, int? number, CancellationToken ct = default)
    {
        var report = await ReportAsync(consultationId, ct);
        if (report is not { IsPublished: true }) return null;
        var version = number is { } n ? report.Versions.SingleOrDefault(v => v.Number == n) : report.LatestVersion;
        if (version is null) return null;
        var consultation = await db.Consultations.AsNoTracking().SingleAsync(c => c.Id == consultationId, ct);
        return new ReportContents(consultation, report, version.Snapshot, version);
    }

    /// <summary>
    /// Counts and groups as they are now, the shape a report freezes. Channels and clauses count every comment
    /// received; groups list their members' ids so each receipt can be answered from the snapshot.
    /// </summary>
    public async Task<ReportSnapshot> LiveSnapshotAsync(int consultationId, DateOnly decidedOn, CancellationToken ct = default)
    {
        var consultation = await db.Consultations.AsNoTracking().SingleAsync(c => c.Id == consultationId, ct);
        var comments = await db.Comments.AsNoTracking().Where(c => c.ConsultationId == consultationId)
            .Select(c => new { c.Id, c.Channel, c.ClauseAnchor, c.ClauseLabel, c.GroupId, c.ReceivedAt, c.OfflineDate })
            .ToListAsync(ct);
        var groups = await db.OpinionGroups.AsNoTracking().Where(g => g.ConsultationId == consultationId).ToListAsync(ct);
        var clauses = consultation.Clauses.ToList();
        var labels = clauses.ToDictionary(c => c.Anchor, c => c.Label);

        var byClause = comments.GroupBy(c => c.ClauseAnchor)
            .Select(g => new ReportSnapshot.ClauseCount(g.Key, g.First().ClauseLabel ?? "", g.Count()))
            .OrderBy(c => c.Anchor is null ? -1 : clauses.FindIndex(x => x.Anchor == c.Anchor))
            .ToList();
        var byDay = comments.GroupBy(c => c.OfflineDate ?? ShanghaiTime.DayOf(c.ReceivedAt))
            .Select(g => new ReportSnapshot.DayCount(g.Key, g.Count())).OrderBy(d => d.Day).ToList();
        var lines = groups.Select(g =>
            {
                var members = comments.Where(c => c.GroupId == g.Id).ToList();
                return new ReportSnapshot.GroupLine(
                    new ReportSnapshot.GroupFacts(g.Id, g.Title, g.Summary, g.Disposition, g.Reason, g.FinalClauseAnchor),
                    members.Count, members.GroupBy(m => m.Channel).ToDictionary(x => x.Key, x => x.Count()),
                    g.Clauses.Select(a => labels.GetValueOrDefault(a, a)).ToList(), members.Select(m => m.Id).ToList());
            })
            .OrderByDescending(l => l.Size).ThenBy(l => l.Group.Id).ToList();
        return new ReportSnapshot(decidedOn, comments.Count,
            comments.GroupBy(c => c.Channel).ToDictionary(g => g.Key, g => g.Count()), byClause, byDay, lines);
    }

    /// <summary>For the receipt page: the opinion a comment was answered in, as the newest published version says.</summary>
    public async Task<ReportSnapshot.GroupFacts?> PublishedGroupOfAsync(Comment comment, CancellationToken ct = default)
    {
        var report = await ReportAsync(comment.ConsultationId, ct);
        return report?.LatestVersion?.Snapshot.GroupOf(comment.Id);
    }

    private Task<FeedbackReport?> ReportAsync(int consultationId, CancellationToken ct) =>
        db.FeedbackReports.AsNoTracking().Include(r => r.Versions).SingleOrDefaultAsync(r => r.ConsultationId == consultationId, ct);
}
