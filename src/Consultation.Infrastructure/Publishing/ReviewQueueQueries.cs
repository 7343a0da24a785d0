using Consultation.Core.Identity;
using Consultation.Core.Publishing;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Publishing;

/// <summary>
/// Each person's 三审 queue across every reviewed kind. An item is offered for review only when
/// <see cref="ReviewWorkflow.Approve"/> would accept this person: the stage is one their roles pass, and they neither
/// wrote nor submitted it nor passed an earlier stage. Sent-back drafts go to whoever wrote or submitted them.
/// One small query per kind, each filtered in the database; the filter is written once over a common projection.
/// </summary>
public sealed class ReviewQueueQueries(ConsultationDbContext db)
{
    public async Task<ReviewQueue> ForAsync(Actor actor, CancellationToken ct = default)
    {
        var stages = StagesOf(actor);
        var me = actor.UserId;
        var found = new List<Pending>();
        foreach (var source in Sources())
            found.AddRange(await Waiting(source, stages, me).OrderByDescending(p => p.Id).ToListAsync(ct));

        var submitterIds = found.Select(p => p.SubmittedBy).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => submitterIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var rows = found.Select(p => new ReviewQueueRow(p.Kind, p.Title, AdminUrl(p.Kind, p.Id), p.State,
            p.SubmittedBy is { } s ? names.GetValueOrDefault(s, s) : null, p.ReturnComment, p.ReturnedBy)).ToList();
        return new ReviewQueue(rows.Where(r => r.State != ReviewState.Draft).ToList(),
            rows.Where(r => r.State == ReviewState.Draft).ToList());
    }

    /// <summary>The back-office page where the item is approved or sent back; a meeting's two calls have their own sections.</summary>
    public static string AdminUrl(ReviewItemKind kind, int id) => kind switch
    {
        ReviewItemKind.Article => $"/admin/articles/{id}",
        ReviewItemKind.Consultation => $"/admin/consultations/{id}",
        ReviewItemKind.FeedbackReport => $"/admin/consultations/{id}/report",
        ReviewItemKind.PolicyDocument => $"/admin/policies/{id}",
        ReviewItemKind.MeetingInvitation => $"/admin/meetings/{id}#invitation",
        ReviewItemKind.MeetingRecord => $"/admin/meetings/{id}#record",
        ReviewItemKind.Evaluation => $"/admin/evaluations/{id}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static List<ReviewState> StagesOf(Actor actor)
    {
        var stages = new List<ReviewState>();
        if (actor.IsIn(BackOfficeRoles.FirstReviewer)) stages.Add(ReviewState.AwaitingFirstReview);
        if (actor.IsIn(BackOfficeRoles.SecondReviewer)) stages.Add(ReviewState.AwaitingSecondReview);
        if (actor.IsIn(BackOfficeRoles.FinalReviewer)) stages.Add(ReviewState.AwaitingFinalReview);
        return stages;
    }

    private static IQueryable<Pending> Waiting(IQueryable<Pending> items, List<ReviewState> stages, string me) =>
        items.Where(p =>
            (stages.Contains(p.State) && p.Author != me && p.Editor != me && p.SubmittedBy != me
             && p.FirstReviewerId != me && p.SecondReviewerId != me)
            || (p.State == ReviewState.Draft && p.ReturnComment != null
                && (p.Author == me || p.Editor == me || p.SubmittedBy == me)));

    /// <summary>Every kind projected to the same shape, in the order the dashboard lists them.</summary>
    private IEnumerable<IQueryable<Pending>> Sources()
    {
        // An article's authors are its creator and whoever saved the version under review (see Article.Approve).
        yield return from a in db.Articles.AsNoTracking()
                     join v in db.ArticleVersions on new { a.Id, N = a.CurrentVersionNumber } equals new { Id = v.ArticleId, N = v.Number }
                     select new Pending
                     {
                         Kind = ReviewItemKind.Article, Id = a.Id, Title = v.Title, Author = a.AuthorId, Editor = v.SavedBy,
                         State = a.Workflow.State, SubmittedBy = a.Workflow.SubmittedBy,
                         FirstReviewerId = a.Workflow.FirstReviewerId, SecondReviewerId = a.Workflow.SecondReviewerId,
                         ReturnComment = a.Workflow.ReturnComment, ReturnedBy = a.Workflow.ReturnedBy,
                     };
        yield return db.Consultations.AsNoTracking().Select(c => new Pending
        {
            Kind = ReviewItemKind.Consultation, Id = c.Id, Title = c.Title, Author = c.CreatedBy, Editor = c.LastEditedBy,
            State = c.Workflow.State, SubmittedBy = c.Workflow.SubmittedBy,
            FirstReviewerId = c.Workflow.FirstReviewerId, SecondReviewerId = c.Workflow.SecondReviewerId,
            ReturnComment = c.Workflow.ReturnComment, ReturnedBy = c.Workflow.ReturnedBy,
        });
        // A report is reached through its consultation, whose title it carries on the dashboard.
        yield return from r in db.FeedbackReports.AsNoTracking()
                     join c in db.Consultations on r.ConsultationId equals c.Id
                     select new Pending
                     {
                         Kind = ReviewItemKind.FeedbackReport, Id = r.ConsultationId, Title = c.Title,
                         Author = r.CreatedBy, Editor = r.LastEditedBy,
                         State = r.Workflow.State, SubmittedBy = r.Workflow.SubmittedBy,
                         FirstReviewerId = r.Workflow.FirstReviewerId, SecondReviewerId = r.Workflow.SecondReviewerId,
                         ReturnComment = r.Workflow.ReturnComment, ReturnedBy = r.Workflow.ReturnedBy,
                     };
        yield return db.PolicyDocuments.AsNoTracking().Select(p => new Pending
        {
            Kind = ReviewItemKind.PolicyDocument, Id = p.Id, Title = p.Title, Author = p.CreatedBy, Editor = p.LastEditedBy,
            State = p.Workflow.State, SubmittedBy = p.Workflow.SubmittedBy,
            FirstReviewerId = p.Workflow.FirstReviewerId, SecondReviewerId = p.Workflow.SecondReviewerId,
            ReturnComment = p.Workflow.ReturnComment, ReturnedBy = p.Workflow.ReturnedBy,
        });
        yield return db.Meetings.AsNoTracking().Select(m => new Pending
        {
            Kind = ReviewItemKind.MeetingInvitation, Id = m.Id, Title = m.Title, Author = m.CreatedBy,
            Editor = m.InvitationEditedBy, State = m.InvitationWorkflow.State, SubmittedBy = m.InvitationWorkflow.SubmittedBy,
            FirstReviewerId = m.InvitationWorkflow.FirstReviewerId, SecondReviewerId = m.InvitationWorkflow.SecondReviewerId,
            ReturnComment = m.InvitationWorkflow.ReturnComment, ReturnedBy = m.InvitationWorkflow.ReturnedBy,
        });
        yield return db.Meetings.AsNoTracking().Select(m => new Pending
        {
            Kind = ReviewItemKind.MeetingRecord, Id = m.Id, Title = m.Title, Author = m.CreatedBy,
            Editor = m.RecordEditedBy, State = m.RecordWorkflow.State, SubmittedBy = m.RecordWorkflow.SubmittedBy,
            FirstReviewerId = m.RecordWorkflow.FirstReviewerId, SecondReviewerId = m.RecordWorkflow.SecondReviewerId,
            ReturnComment = m.RecordWorkflow.ReturnComment, ReturnedBy = m.RecordWorkflow.ReturnedBy,
        });
        yield return db.Evaluations.AsNoTracking().Select(e => new Pending
        {
            Kind = ReviewItemKind.Evaluation, Id = e.Id, Title = e.Title, Author = e.CreatedBy, Editor = e.LastEditedBy,
            State = e.Workflow.State, SubmittedBy = e.Workflow.SubmittedBy,
            FirstReviewerId = e.Workflow.FirstReviewerId, SecondReviewerId = e.Workflow.SecondReviewerId,
            ReturnComment = e.Workflow.ReturnComment, ReturnedBy = e.Workflow.ReturnedBy,
        });
    }

    /// <summary>
    /// The common shape. Member initialisation (not a constructor) so that EF can still filter after the projection.
    /// <see cref="Id"/> is the id the admin URL carries: for a report, its consultation's.
    /// </summary>
    private sealed class Pending
    {
        public ReviewItemKind Kind { get; init; }
        public int Id { get; init; }
        public string Title { get; init; } = "";
        public string Author { get; init; } = "";
        public string Editor { get; init; } = "";
        public ReviewState State { get; init; }
        public string? SubmittedBy { get; init; }
        public string? FirstReviewerId { get; init; }
        public string? SecondReviewerId { get; init; }
        public string? ReturnComment { get; init; }
        public string? ReturnedBy { get; init; }
    }
}
