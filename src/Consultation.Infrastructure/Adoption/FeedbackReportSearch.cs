using System.Text;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Markdown;
using Consultation.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Adoption;

/// <summary>A published adoption report (反馈报告): its introduction, each 集中意见 with its disposition's reason, the final text.</summary>
public sealed class FeedbackReportSearch(ConsultationDbContext db, MarkdownRenderer markdown) : SearchableKind
{
    public override string SubjectType => "report";

    public override Task<IReadOnlyList<string>> PublicKeysAsync(CancellationToken ct) =>
        KeysAsync(db.FeedbackReports.Where(r => r.PublishedAt != null).Select(r => r.Id), ct);

    public override async Task<IReadOnlyList<SearchDocument>> DocumentsAsync(IReadOnlyCollection<string> keys,
        CancellationToken ct)
    {
        var ids = Ids(keys);
        var reports = await (from r in db.FeedbackReports.AsNoTracking()
                             join c in db.Consultations on r.ConsultationId equals c.Id
                             where ids.Contains(r.Id) && r.PublishedAt != null
                             select new { Report = r, c.Slug, c.Title }).ToListAsync(ct);
        var consultationIds = reports.Select(r => r.Report.ConsultationId).ToList();
        var groups = await db.OpinionGroups.AsNoTracking().Where(g => consultationIds.Contains(g.ConsultationId))
            .OrderBy(g => g.Id).ToListAsync(ct);
        return reports.Select(x =>
        {
            var body = new StringBuilder(markdown.ToPlainText(x.Report.IntroductionMarkdown)).AppendLine();
            foreach (var g in groups.Where(g => g.ConsultationId == x.Report.ConsultationId))
                body.AppendLine(g.Title).AppendLine(g.Summary).AppendLine(g.Reason);
            body.AppendLine(markdown.ToPlainText(x.Report.FinalTextMarkdown));
            return new SearchDocument(Key(x.Report.Id), $"report:{Key(x.Report.Id)}", SearchKind.Report,
                $"{x.Title} 意见采纳情况", "", body.ToString(), $"/consultations/{x.Slug}/report", x.Report.PublishedAt!.Value);
        }).ToList();
    }
}
