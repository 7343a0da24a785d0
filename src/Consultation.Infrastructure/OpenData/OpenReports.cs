using Consultation.Core.Adoption;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.OpenData;

/// <summary>
/// Published adoption reports (反馈报告) as their newest published version says, with each 集中意见 and its
/// disposition and reason, and the ids of the comments it answers.
/// </summary>
public sealed class OpenReports(ConsultationDbContext db)
{
    public sealed record Record(long Id, int ConsultationId, string ConsultationSlug, string ConsultationTitle,
        int Version, DateTimeOffset UpdatedAt, string Url, string? CorrectionNote, DateOnly DecidedOn,
        int TotalComments, string IntroductionMarkdown, string FinalTextMarkdown, IReadOnlyList<GroupRecord> OpinionGroups);

    /// <summary>集中意见 as the report published it.</summary>
    public sealed record GroupRecord(long Id, string Title, string Summary, Disposition Disposition, string? Reason,
        string? FinalClauseAnchor, int Size, IReadOnlyList<string> Clauses, IReadOnlyList<long> CommentIds);

    public async Task<OpenDataPage<Record>> PageAsync(long after, int limit, CancellationToken ct = default)
    {
        var rows = await (from r in db.FeedbackReports.AsNoTracking().Include(r => r.Versions)
                          join c in db.Consultations on r.ConsultationId equals c.Id
                          where r.PublishedAt != null && r.Id > after
                          orderby r.Id
                          select new { Report = r, c.Slug, c.Title }).Take(limit + 1).ToListAsync(ct);
        var records = rows.Where(x => x.Report.LatestVersion is not null).Select(x =>
        {
            var version = x.Report.LatestVersion!;
            var snapshot = version.Snapshot;
            return new Record(x.Report.Id, x.Report.ConsultationId, x.Slug, x.Title, version.Number, version.PublishedAt,
                $"/consultations/{x.Slug}/report", version.CorrectionNote, snapshot.DecidedOn, snapshot.Total,
                version.IntroductionMarkdown, version.FinalTextMarkdown,
                snapshot.Groups.Select(g => new GroupRecord(g.Group.Id, g.Group.Title, g.Group.Summary, g.Group.Disposition,
                    g.Group.Reason, g.Group.FinalClauseAnchor, g.Size, g.ClauseLabels, g.CommentIds)).ToList());
        }).ToList();
        return OpenDataPage<Record>.From(records, limit, r => r.Id);
    }
}
