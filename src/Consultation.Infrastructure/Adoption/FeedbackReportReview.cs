using System.Linq.Expressions;
using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Adoption;
using Consultation.Core.Consultations;
using Consultation.Core.Review;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Review;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Adoption;

/// <summary>
/// The adoption report under 三审, named by its consultation's id. It enters review only when every comment is grouped
/// and every group decided and the decision is recorded, with its groups frozen into a snapshot; its first publication
/// marks the consultation 已反馈.
/// </summary>
public sealed class FeedbackReportReview(ConsultationDbContext db, TimeProvider clock, GroupingWorkbench workbench,
    FeedbackReportQueries queries) : ReviewedKind<FeedbackReport>(db, clock)
{
    private ReportReadiness? _readiness;
    private ReportSnapshot? _snapshot;
    private PublicConsultation? _consultation;

    public override string Key => "report";

    public override string PageOf(int id) => $"/admin/consultations/{id}/report";

    protected override IQueryable<FeedbackReport> WithId(int id) =>
        Db.FeedbackReports.Include(r => r.Versions).Where(r => r.ConsultationId == id);

    protected override IQueryable<FeedbackReport> All => Db.FeedbackReports.AsNoTracking();

    protected override Expression<Func<FeedbackReport, ReviewWorkflow>> Workflow => r => r.Workflow;

    protected override Expression<Func<FeedbackReport, PendingReview>> AsPending => r => new PendingReview(
        r.ConsultationId, Db.Consultations.Where(c => c.Id == r.ConsultationId).Select(c => c.Title).First(),
        new[] { r.CreatedBy, r.LastEditedBy }, r.Workflow);

    protected override async Task PrepareAsync(FeedbackReport item, ReviewMove move, CancellationToken ct)
    {
        if (move == ReviewMove.Submit)
        {
            _readiness = await workbench.ReadinessAsync(item.ConsultationId, ct);
            var decidedOn = await (from c in Db.Consultations
                                   join d in Db.Decisions on c.DecisionId equals d.Id
                                   where c.Id == item.ConsultationId
                                   select d.DecidedOn).SingleAsync(ct)
                            ?? throw new DomainException("report.decision_not_recorded");
            _snapshot = await queries.LiveSnapshotAsync(item.ConsultationId, decidedOn, ct);
        }
        if (move == ReviewMove.Approve)
            _consultation = await Db.Consultations.SingleAsync(c => c.Id == item.ConsultationId, ct);
    }

    protected override void Submit(FeedbackReport item, Actor actor, DateTimeOffset now) =>
        item.Submit(actor, _readiness!, _snapshot!, now);

    protected override void Approve(FeedbackReport item, Actor actor, DateTimeOffset now)
    {
        if (item.Approve(actor, now)) _consultation!.MarkReported(now);
    }

    protected override void SendBack(FeedbackReport item, Actor actor, string? comment, DateTimeOffset now) =>
        item.SendBack(actor, comment, now);
}
