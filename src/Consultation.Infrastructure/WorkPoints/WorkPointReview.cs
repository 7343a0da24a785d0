using System.Linq.Expressions;
using Consultation.Core.Accounts;
using Consultation.Core.Review;
using Consultation.Core.WorkPoints;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.WorkPoints;

/// <summary>A work point's progress report under 三审; the public board shows it once approved.</summary>
public sealed class WorkPointReview(ConsultationDbContext db, TimeProvider clock) : ReviewedKind<WorkPoint>(db, clock)
{
    public override string Key => "workpoint";

    public override string PageOf(int id) => $"/admin/work-points/{id}";

    protected override IQueryable<WorkPoint> WithId(int id) => Db.WorkPoints.Where(w => w.Id == id);

    protected override IQueryable<WorkPoint> All => Db.WorkPoints.AsNoTracking();

    protected override Expression<Func<WorkPoint, ReviewWorkflow>> Workflow => w => w.Workflow;

    protected override Expression<Func<WorkPoint, PendingReview>> AsPending => w =>
        new PendingReview(w.Id, w.Area, new[] { w.PendingReportedBy }, w.Workflow);

    protected override void Submit(WorkPoint item, Actor actor, DateTimeOffset now) => item.Submit(actor, now);

    protected override void Approve(WorkPoint item, Actor actor, DateTimeOffset now) => item.Approve(actor, now);

    protected override void SendBack(WorkPoint item, Actor actor, string? comment, DateTimeOffset now) =>
        item.SendBack(actor, comment, now);
}
