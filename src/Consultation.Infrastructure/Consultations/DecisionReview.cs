using System.Linq.Expressions;
using Consultation.Core.Accounts;
using Consultation.Core.Consultations;
using Consultation.Core.Review;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Consultations;

/// <summary>A decision's 决策背景 under 三审: its public page exists only once it has passed.</summary>
public sealed class DecisionReview(ConsultationDbContext db, TimeProvider clock) : ReviewedKind<Decision>(db, clock)
{
    public override string Key => "decision";

    public override string PageOf(int id) => $"/admin/decisions/{id}";

    protected override IQueryable<Decision> WithId(int id) => Db.Decisions.Where(d => d.Id == id);

    protected override IQueryable<Decision> All => Db.Decisions.AsNoTracking();

    protected override Expression<Func<Decision, ReviewWorkflow>> Workflow => d => d.Workflow;

    protected override Expression<Func<Decision, PendingReview>> AsPending => d =>
        new PendingReview(d.Id, d.Title, new[] { d.CreatedBy, d.LastEditedBy }, d.Workflow);

    protected override void Submit(Decision item, Actor actor, DateTimeOffset now) => item.Submit(actor, now);

    protected override void Approve(Decision item, Actor actor, DateTimeOffset now) => item.Approve(actor, now);

    protected override void SendBack(Decision item, Actor actor, string? comment, DateTimeOffset now) =>
        item.SendBack(actor, comment, now);
}
