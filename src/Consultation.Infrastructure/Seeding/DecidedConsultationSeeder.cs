using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Catalog;
using Consultation.Core.Consultations;
using Consultation.Core.Content;
using Consultation.Infrastructure.Adoption;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Seeding;

/// <summary>
/// Carries a demo consultation all the way to its decision, so a journalist arriving at the demo catalog finds one
/// complete entry: opinions grouped and decided, the adoption report, the 厅长办公会 record and the result document
/// through 三审, and the catalog entry marked 已决策 with all six links pointing at live pages.
/// </summary>
public sealed class DecidedConsultationSeeder(ConsultationDbContext db, GroupingWorkbench workbench,
    FeedbackReportService reports, ReviewKinds review)
{
    public async Task SeedAsync(PublicConsultation consultation, ConsultationSeed.AdoptionPart adoption,
        IReadOnlyDictionary<string, Actor> actors, DateTimeOffset now, CancellationToken ct = default)
    {
        var editor = actors[BackOfficeRoles.Editor];
        var ids = await db.Comments.Where(c => c.ConsultationId == consultation.Id).OrderBy(c => c.Id)
            .Select(c => c.Id).ToListAsync(ct);
        foreach (var part in adoption.Groups)
        {
            var group = await workbench.CreateAsync(consultation.Id, part.Title, part.Comments.Select(i => ids[i]).ToList(), ct);
            await workbench.DecideAsync(consultation.Id, group.Id, part.Disposition, part.Reason, part.FinalClause, ct);
        }
        var report = await reports.SaveAsync(consultation.Id, adoption.DecidedOn, adoption.Introduction,
            adoption.FinalText, editor, ct);
        var reportReview = review.Find("report")!;
        await reportReview.MoveAsync(consultation.Id, ReviewMove.Submit, editor, null, null, ct);
        foreach (var role in Reviewers) await reportReview.MoveAsync(consultation.Id, ReviewMove.Approve, actors[role], null, null, ct);

        // The result document was issued a few days after the decision, not on the day the demo was installed.
        var issuedAt = ShanghaiTime.At(adoption.DecidedOn.AddDays(7), new TimeOnly(10, 0));
        var result = await PublishResultAsync(adoption.Result, adoption.DecidedOn, actors, issuedAt < now ? issuedAt : now, ct);
        var meetingId = await MeetingDemoSeed.SeedAsync(db, consultation.DecisionId,
            MeetingDemoSeed.DisclosureOnRequest(adoption.DecidedOn), actors, now, ct);
        var entry = await db.CatalogEntries.SingleAsync(e => e.DecisionId == consultation.DecisionId, ct);
        entry.Link(CatalogSlot.Feedback, new SiteRecord(SiteRecordKind.FeedbackReport, report.Id).ToString());
        entry.Link(CatalogSlot.Attendance, new SiteRecord(SiteRecordKind.Meeting, meetingId).ToString());
        entry.Link(CatalogSlot.Result, new SiteRecord(SiteRecordKind.Article, result.Id).ToString());
        entry.ChangeStatus(CatalogStatus.Decided, null, meetingHeld: true);
        await db.SaveChangesAsync(ct);
    }

    private static readonly string[] Reviewers =
        [BackOfficeRoles.FirstReviewer, BackOfficeRoles.SecondReviewer, BackOfficeRoles.FinalReviewer];

    private async Task<Article> PublishResultAsync(ConsultationSeed.ResultPart result, DateOnly decidedOn,
        IReadOnlyDictionary<string, Actor> actors, DateTimeOffset now, CancellationToken ct)
    {
        var column = await db.Columns.SingleAsync(c => c.Slug == result.Column, ct);
        var metadata = new DocumentMetadata("", "山东省教育厅", result.DocumentNumber, decidedOn, decidedOn, "重大行政决策",
            Validity.Effective);
        var article = Article.Create(column.Id, new ArticleContent(result.Title, result.Body, metadata),
            actors[BackOfficeRoles.Editor], now);
        article.Submit(actors[BackOfficeRoles.Editor], now);
        foreach (var role in Reviewers) article.Approve(actors[role], now);
        db.Articles.Add(article);
        await db.SaveChangesAsync(ct);
        return article;
    }
}
