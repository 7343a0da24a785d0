using System.Linq.Expressions;
using Consultation.Core.Accounts;
using Consultation.Core.Evaluations;
using Consultation.Core.Review;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Evaluations;

/// <summary>A policy evaluation under 三审; 终审 makes its result public.</summary>
public sealed class EvaluationReview(ConsultationDbContext db, TimeProvider clock) : ReviewedKind<Evaluation>(db, clock)
{
    public override string Key => "evaluation";

    public override string PageOf(int id) => $"/admin/evaluations/{id}";

    protected override IQueryable<Evaluation> WithId(int id) => Db.Evaluations.Where(e => e.Id == id);

    protected override IQueryable<Evaluation> All => Db.Evaluations.AsNoTracking();

    protected override Expression<Func<Evaluation, ReviewWorkflow>> Workflow => e => e.Workflow;

    protected override Expression<Func<Evaluation, PendingReview>> AsPending => e =>
        new PendingReview(e.Id, e.Title, new[] { e.CreatedBy, e.LastEditedBy }, e.Workflow);

    protected override void Submit(Evaluation item, Actor actor, DateTimeOffset now) => item.Submit(actor, now);

    protected override void Approve(Evaluation item, Actor actor, DateTimeOffset now) => item.Approve(actor, now);

    protected override void SendBack(Evaluation item, Actor actor, string? comment, DateTimeOffset now) =>
        item.SendBack(actor, comment, now);
}
