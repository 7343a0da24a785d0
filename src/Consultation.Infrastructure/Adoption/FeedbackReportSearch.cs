using System.Text;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Markdown;
using Consultation.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Adoption;

/// <summary>
/// A published adoption report (反馈报告) as its latest published version reads: the introduction, each 集中意见 of the
/// frozen snapshot with its disposition's reason, the final text. The live workbench never reaches the index.
/// </summary>
public sealed class FeedbackReportSearch(ConsultationDbContext db, MarkdownRenderer markdown) : SearchableKind
{
    public override string SubjectType => "report";

    public override Task<IReadOnlyList<string>> PublicKeysAsync(CancellationToken ct) =>
        KeysAsync(db.FeedbackReports.Where(r => r.PublishedAt != null).Select(r => r.Id), ct);

    public override async Task<IReadOnlyList<SearchDocument>> DocumentsAsync(IReadOnlyCollection<string> keys,
        CancellationToken ct)
    {
        var ids = Ids(keys);
        var reports = await (from r in db.FeedbackReports.AsNoTracking().Include(r => r.Versions)
                             join c in db.Consultations on r.ConsultationId equals c.Id
                             where ids.Contains(r.Id) && r.PublishedAt != null
                             select new { Report = r, c.Slug, c.Title }).ToListAsync(ct);
        return reports.Where(x => x.Report.LatestVersion is not null).Select(x =>
        {
            var version = x.Report.LatestVersion!;
            var body = new StringBuilder(markdown.ToPlainText(version.IntroductionMarkdown)).AppendLine();
            foreach (var line in version.Snapshot.Groups)
                body.AppendLine(line.Group.Title).AppendLine(line.Group.Summary).AppendLine(line.Group.Reason);
            body.AppendLine(markdown.ToPlainText(version.FinalTextMarkdown));
            return new SearchDocument(Key(x.Report.Id), $"report:{Key(x.Report.Id)}", SearchKind.Report,
                $"{x.Title} 意见采纳情况", "", body.ToString(), $"/consultations/{x.Slug}/report", version.PublishedAt);
        }).ToList();
    }
}
