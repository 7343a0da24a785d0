using System.Linq.Expressions;
using Consultation.Core.Accounts;
using Consultation.Core.Responses;
using Consultation.Core.Review;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Responses;

/// <summary>A 舆情回应 notice under 三审; 终审 publishes it.</summary>
public sealed class ResponseReview(ConsultationDbContext db, TimeProvider clock) : ReviewedKind<ResponseNotice>(db, clock)
{
    public override string Key => "response";

    public override string PageOf(int id) => $"/admin/responses/{id}";

    protected override IQueryable<ResponseNotice> WithId(int id) => Db.ResponseNotices.Where(r => r.Id == id);

    protected override IQueryable<ResponseNotice> All => Db.ResponseNotices.AsNoTracking();

    protected override Expression<Func<ResponseNotice, ReviewWorkflow>> Workflow => r => r.Workflow;

    protected override Expression<Func<ResponseNotice, PendingReview>> AsPending => r =>
        new PendingReview(r.Id, r.Title, new[] { r.CreatedBy, r.LastEditedBy }, r.Workflow);

    protected override void Submit(ResponseNotice item, Actor actor, DateTimeOffset now) => item.Submit(actor, now);

    protected override void Approve(ResponseNotice item, Actor actor, DateTimeOffset now) => item.Approve(actor, now);

    protected override void SendBack(ResponseNotice item, Actor actor, string? comment, DateTimeOffset now) =>
        item.SendBack(actor, comment, now);
}
