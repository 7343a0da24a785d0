using System.Linq.Expressions;
using Consultation.Core.Accounts;
using Consultation.Core.Meetings;
using Consultation.Core.Review;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Review;

namespace Consultation.Infrastructure.Meetings;

/// <summary>A meeting's invitation call (邀请公告) under 三审, only before the meeting.</summary>
public sealed class MeetingInvitationReview(ConsultationDbContext db, TimeProvider clock)
    : MeetingPublicationReview(db, clock)
{
    public override string Key => "meeting-invitation";

    public override string PageOf(int id) => $"/admin/meetings/{id}#invitation";

    protected override Expression<Func<Meeting, ReviewWorkflow>> Workflow => m => m.InvitationWorkflow;

    protected override Expression<Func<Meeting, PendingReview>> AsPending => m =>
        new PendingReview(m.Id, m.Title, new[] { m.CreatedBy, m.InvitationEditedBy }, m.InvitationWorkflow);

    protected override void Submit(Meeting item, Actor actor, DateTimeOffset now) => item.SubmitInvitation(actor, now);

    protected override void Approve(Meeting item, Actor actor, DateTimeOffset now) => item.ApproveInvitation(actor, now);

    protected override void SendBack(Meeting item, Actor actor, string? comment, DateTimeOffset now) =>
        item.SendBackInvitation(actor, comment, now);
}
