using System.Linq.Expressions;
using Consultation.Core.Accounts;
using Consultation.Core.Policies;
using Consultation.Core.Review;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Policies;

/// <summary>A policy document under 三审; too few interpretation forms (三同步) stop it at submission and at each stage.</summary>
public sealed class PolicyReview(ConsultationDbContext db, TimeProvider clock, IOptions<PolicyOptions> options)
    : ReviewedKind<PolicyDocument>(db, clock)
{
    private int Minimum => options.Value.MinimumInterpretationForms;

    public override string Key => "policy";

    public override string PageOf(int id) => $"/admin/policies/{id}";

    protected override IQueryable<PolicyDocument> WithId(int id) =>
        Db.PolicyDocuments.Include(p => p.Interpretations).Where(p => p.Id == id);

    protected override IQueryable<PolicyDocument> All => Db.PolicyDocuments.AsNoTracking();

    protected override Expression<Func<PolicyDocument, ReviewWorkflow>> Workflow => p => p.Workflow;

    protected override Expression<Func<PolicyDocument, PendingReview>> AsPending => p =>
        new PendingReview(p.Id, p.Title, new[] { p.CreatedBy, p.LastEditedBy }, p.Workflow);

    protected override void Submit(PolicyDocument item, Actor actor, DateTimeOffset now) =>
        item.Submit(actor, Minimum, now);

    protected override void Approve(PolicyDocument item, Actor actor, DateTimeOffset now) =>
        item.Approve(actor, Minimum, now);

    protected override void SendBack(PolicyDocument item, Actor actor, string? comment, DateTimeOffset now) =>
        item.SendBack(actor, comment, now);
}
