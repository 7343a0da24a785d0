using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Adoption;
using Consultation.Core.Catalog;
using Consultation.Core.Consultations;
using Consultation.Core.Content;
using Consultation.Infrastructure.Adoption;
using Consultation.Infrastructure.Calendar;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Seeding;

/// <summary>
/// Carries a demo consultation all the way to its decision, so a journalist arriving at the demo catalog finds one
/// complete entry: the decision recorded, opinions grouped and decided, the 厅长办公会 record, the result document and
/// the adoption report through 三审, and the catalog entry marked 已决策 with all six links live. Every step is dated
/// where it belongs on the decision's own timeline — the report well inside its legal working days — not at install.
/// </summary>
public sealed class DecidedConsultationSeeder(ConsultationDbContext db, GroupingWorkbench workbench,
    FeedbackReportQueries reports, WorkingCalendarProvider calendars, IOptions<AdoptionOptions> adoption)
{
    public async Task SeedAsync(PublicConsultation consultation, ConsultationSeed.AdoptionPart part,
        IReadOnlyDictionary<string, Actor> actors, DateTimeOffset now, CancellationToken ct = default)
    {
        var editor = actors[BackOfficeRoles.Editor];
        var decision = await db.Decisions.SingleAsync(d => d.Id == consultation.DecisionId, ct);
        decision.RecordDecision(part.DecidedOn, part.Result.DocumentNumber, [consultation], editor,
            ShanghaiTime.At(part.DecidedOn, new TimeOnly(17, 0)));
        await db.SaveChangesAsync(ct);

        var ids = await db.Comments.Where(c => c.ConsultationId == consultation.Id).OrderBy(c => c.Id)
            .Select(c => c.Id).ToListAsync(ct);
        foreach (var group in part.Groups)
        {
            var created = await workbench.CreateAsync(consultation.Id, group.Title, group.Comments.Select(i => ids[i]).ToList(), ct);
            await workbench.DecideAsync(consultation.Id, created.Id, group.Disposition, group.Reason, group.FinalClause, ct);
        }

        // Working days after the decision: drafted on the 2nd, submitted on the 5th, reviewed on the 6th and 7th,
        // published on the 7th — three working days before the report falls due.
        var calendar = await calendars.GetAsync(ct);
        var due = adoption.Value.ReportWorkingDays;
        DateTimeOffset Day(int workingDays, int hour) =>
            ShanghaiTime.At(calendar.AddWorkingDays(part.DecidedOn, Math.Clamp(workingDays, 1, due)), new TimeOnly(hour, 0));
        var report = FeedbackReport.For(consultation, editor, Day(due - 8, 9));
        report.Edit(part.Introduction, part.FinalText, editor);
        db.FeedbackReports.Add(report);
        await db.SaveChangesAsync(ct);
        var snapshot = await reports.LiveSnapshotAsync(consultation.Id, part.DecidedOn, ct);
        report.Submit(editor, await workbench.ReadinessAsync(consultation.Id, ct), snapshot, Day(due - 5, 10));
        report.Approve(actors[BackOfficeRoles.FirstReviewer], Day(due - 4, 10));
        report.Approve(actors[BackOfficeRoles.SecondReviewer], Day(due - 3, 9));
        var published = Day(due - 3, 15);
        report.Approve(actors[BackOfficeRoles.FinalReviewer], published);
        consultation.MarkReported(published);
        await db.SaveChangesAsync(ct);

        // The result document was issued a few days after the decision, before the report that links to it.
        var result = await PublishResultAsync(part.Result, part.DecidedOn, actors, Day(due - 6, 10), ct);
        var meetingId = await MeetingDemoSeed.SeedAsync(db, consultation.DecisionId,
            MeetingDemoSeed.DisclosureOnRequest(part.DecidedOn), actors, now, ct);
        var entry = await db.CatalogEntries.SingleAsync(e => e.DecisionId == consultation.DecisionId, ct);
        entry.Link(CatalogSlot.Feedback, new SiteRecord(SiteRecordKind.FeedbackReport, report.Id).ToString());
        entry.Link(CatalogSlot.Attendance, new SiteRecord(SiteRecordKind.Meeting, meetingId).ToString());
        entry.Link(CatalogSlot.Result, new SiteRecord(SiteRecordKind.Article, result.Id).ToString());
        entry.ChangeStatus(CatalogStatus.Decided, null, meetingHeld: true);
        DemoSeeder.PassReview(entry, actors, published.AddHours(1));
        await db.SaveChangesAsync(ct);
    }

    private static readonly string[] Reviewers =
        [BackOfficeRoles.FirstReviewer, BackOfficeRoles.SecondReviewer, BackOfficeRoles.FinalReviewer];

    private async Task<Article> PublishResultAsync(ConsultationSeed.ResultPart result, DateOnly decidedOn,
        IReadOnlyDictionary<string, Actor> actors, DateTimeOffset issuedAt, CancellationToken ct)
    {
        var column = await db.Columns.SingleAsync(c => c.Slug == result.Column, ct);
        var year = ShanghaiTime.DayOf(issuedAt).Year;
        var prefix = IndexNumberScheme.PrefixOf(year);
        var taken = db.ArticleVersions.Local.Select(v => v.Metadata.IndexNumber)
            .Concat(await db.ArticleVersions.Where(v => v.Metadata.IndexNumber.StartsWith(prefix)).Select(v => v.Metadata.IndexNumber).ToListAsync(ct));
        var metadata = new DocumentMetadata(IndexNumberScheme.Next(year, taken), "山东省教育厅", result.DocumentNumber, decidedOn,
            ShanghaiTime.DayOf(issuedAt), "重大行政决策", Validity.Effective);
        var article = Article.Create(column.Id, new ArticleContent(result.Title, result.Body, metadata),
            actors[BackOfficeRoles.Editor], issuedAt.AddHours(-3));
        article.Submit(actors[BackOfficeRoles.Editor], issuedAt.AddHours(-3));
        foreach (var role in Reviewers) article.Approve(actors[role], issuedAt);
        db.Articles.Add(article);
        await db.SaveChangesAsync(ct);
        return article;
    }
}
