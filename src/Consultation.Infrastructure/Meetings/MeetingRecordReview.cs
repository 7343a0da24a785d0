using System.Linq.Expressions;
using Consultation.Core.Accounts;
using Consultation.Core.Meetings;
using Consultation.Core.Review;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Review;

namespace Consultation.Infrastructure.Meetings;

/// <summary>A meeting's record (invitees, attendance, opinions and handling) under 三审, only after the meeting.</summary>
public sealed class MeetingRecordReview(ConsultationDbContext db, TimeProvider clock)
    : MeetingPublicationReview(db, clock)
{
    public override string Key => "meeting-record";

    public override string PageOf(int id) => $"/admin/meetings/{id}#record";

    protected override Expression<Func<Meeting, ReviewWorkflow>> Workflow => m => m.RecordWorkflow;

    protected override Expression<Func<Meeting, PendingReview>> AsPending => m =>
        new PendingReview(m.Id, m.Title, new[] { m.CreatedBy, m.RecordEditedBy }, m.RecordWorkflow);

    protected override void Submit(Meeting item, Actor actor, DateTimeOffset now) => item.SubmitRecord(actor, now);

    protected override void Approve(Meeting item, Actor actor, DateTimeOffset now) => item.ApproveRecord(actor, now);

    protected override void SendBack(Meeting item, Actor actor, string? comment, DateTimeOffset now) =>
        item.SendBackRecord(actor, comment, now);
}
