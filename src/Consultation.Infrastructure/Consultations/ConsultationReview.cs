using System.Linq.Expressions;
using Consultation.Core.Accounts;
using Consultation.Core.Consultations;
using Consultation.Core.Review;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Consultations;

/// <summary>A draft for public comment under 三审; after 终审 it is public and its text frozen, later 起草说明 and
/// interpretation revisions pass again.</summary>
public sealed class ConsultationReview(ConsultationDbContext db, TimeProvider clock, IOptions<ConsultationRules> rules)
    : ReviewedKind<PublicConsultation>(db, clock)
{
    public override string Key => "consultation";

    public override string PageOf(int id) => $"/admin/consultations/{id}";

    protected override IQueryable<PublicConsultation> WithId(int id) =>
        Db.Consultations.Include(c => c.Interpretations).Include(c => c.Extensions).Where(c => c.Id == id);

    protected override IQueryable<PublicConsultation> All => Db.Consultations.AsNoTracking();

    protected override Expression<Func<PublicConsultation, ReviewWorkflow>> Workflow => c => c.Workflow;

    protected override Expression<Func<PublicConsultation, PendingReview>> AsPending => c =>
        new PendingReview(c.Id, c.Title, new[] { c.CreatedBy, c.LastEditedBy }, c.Workflow);

    protected override void Submit(PublicConsultation item, Actor actor, DateTimeOffset now) =>
        item.Submit(actor, now, rules.Value);

    protected override void Approve(PublicConsultation item, Actor actor, DateTimeOffset now) =>
        item.Approve(actor, now, rules.Value);

    protected override void SendBack(PublicConsultation item, Actor actor, string? comment, DateTimeOffset now) =>
        item.SendBack(actor, comment, now);
}
