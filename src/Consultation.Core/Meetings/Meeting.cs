using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Consultation.Core.Accounts;
using Consultation.Core.Audit;
using Consultation.Core.Review;

namespace Consultation.Core.Meetings;

/// <summary>
/// A meeting with public attendance (e.g. 厅长办公会). It is published twice, each time through its own 三审: the
/// invitation call before the meeting, the record (invitees, attendance, opinions and their handling) after it.
/// </summary>
public sealed class Meeting : AggregateRoot
{
    private readonly List<Invitee> _invitees = [];

    private Meeting() { }

    public int Id { get; private set; }
    public MeetingKind Kind { get; private set; }
    /// <summary>议题.</summary>
    public string Title { get; private set; } = "";
    /// <summary>The decision on the agenda; opinions may name others.</summary>
    public int DecisionId { get; private set; }
    public DateTimeOffset HeldAt { get; private set; }
    public string Place { get; private set; } = "";
    /// <summary>Bit per <see cref="InviteeKind"/>; stored as one number.</summary>
    public int InvitedKindsMask { get; private set; }
    public string HowToApply { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public string InvitationEditedBy { get; private set; } = "";
    public string RecordEditedBy { get; private set; } = "";
    public int Revision { get; private set; }
    public ReviewWorkflow InvitationWorkflow { get; private set; } = new();
    public ReviewWorkflow RecordWorkflow { get; private set; } = new();
    public DateTimeOffset? InvitationPublishedAt { get; private set; }
    public DateTimeOffset? RecordPublishedAt { get; private set; }
    public IReadOnlyList<Invitee> Invitees => _invitees;

    public override string AuditSubjectType => "meeting";
    public override string AuditSubjectKey => Id.ToString(CultureInfo.InvariantCulture);

    public IReadOnlyList<InviteeKind> InvitedKinds =>
        Enum.GetValues<InviteeKind>().Where(k => (InvitedKindsMask & (1 << (int)k)) != 0).ToList();

    public bool IsPublic => InvitationPublishedAt is not null || RecordPublishedAt is not null;

    public IEnumerable<MeetingOpinion> Opinions => _invitees.SelectMany(i => i.Opinions);

    public static Meeting Create(MeetingInvitation invitation, Actor editor)
    {
        editor.EnsureCanEdit();
        var meeting = new Meeting { CreatedBy = editor.UserId };
        meeting.EditInvitation(invitation, editor);
        return meeting;
    }

    /// <summary>Changes the call; frozen once it is in review or public, and once the record is under way to the public.</summary>
    public void EditInvitation(MeetingInvitation invitation, Actor editor)
    {
        editor.EnsureCanEdit();
        if (InvitationWorkflow.IsInReview || InvitationPublishedAt is not null) throw new DomainException("meeting.frozen");
        if (RecordWorkflow.IsInReview || RecordPublishedAt is not null) throw new DomainException("meeting.frozen");
        if (!Enum.IsDefined(invitation.Kind)) throw new DomainException("meeting.kind_unknown");
        if (string.IsNullOrWhiteSpace(invitation.Title)) throw new DomainException("meeting.title_required");
        if (invitation.Title.Trim().Length > 300) throw new DomainException("meeting.title_too_long");
        if (invitation.DecisionId <= 0) throw new DomainException("meeting.decision_required");
        if (string.IsNullOrWhiteSpace(invitation.Place)) throw new DomainException("meeting.place_required");
        if (invitation.Place.Trim().Length > 200) throw new DomainException("meeting.place_too_long");
        if (invitation.InvitedKinds.Count == 0 || invitation.InvitedKinds.Any(k => !Enum.IsDefined(k)))
            throw new DomainException("meeting.invited_kinds_required");
        if (string.IsNullOrWhiteSpace(invitation.HowToApply)) throw new DomainException("meeting.how_to_apply_required");
        if (invitation.HowToApply.Trim().Length > 4000) throw new DomainException("meeting.text_too_long");
        Kind = invitation.Kind;
        Title = invitation.Title.Trim();
        DecisionId = invitation.DecisionId;
        HeldAt = invitation.HeldAt;
        Place = invitation.Place.Trim();
        InvitedKindsMask = invitation.InvitedKinds.Aggregate(0, (mask, k) => mask | (1 << (int)k));
        HowToApply = invitation.HowToApply.Trim();
        InvitationEditedBy = editor.UserId;
        Revision++;
    }

    public Invitee AddInvitee(InviteeKind kind, string name, string? label, string organisation, string contact,
        Actor editor)
    {
        RequireRecordEditable(editor);
        return Touch(editor, () =>
        {
            var invitee = Invitee.Create(kind, name, label, organisation, contact);
            _invitees.Add(invitee);
            return invitee;
        });
    }

    /// <summary>Who came can only be known once the meeting has started.</summary>
    public void MarkAttendance(Invitee invitee, Attendance attendance, Actor editor, DateTimeOffset now)
    {
        RequireRecordEditable(editor);
        if (attendance != Attendance.Invited && now < HeldAt) throw new DomainException("meeting.attendance_before_meeting");
        Touch(editor, () => { Own(invitee).Mark(attendance); return invitee; });
    }

    public MeetingOpinion AddOpinion(Invitee invitee, int decisionId, string text, Actor editor)
    {
        RequireRecordEditable(editor);
        return Touch(editor, () => Own(invitee).Add(MeetingOpinion.Create(decisionId, text)));
    }

    public void Handle(MeetingOpinion opinion, HandlingOutcome outcome, string text, Actor editor)
    {
        RequireRecordEditable(editor);
        if (!Opinions.Contains(opinion)) throw new DomainException("meeting.opinion_not_found");
        Touch(editor, () => { opinion.Handle(outcome, text); return opinion; });
    }

    public void SubmitInvitation(Actor actor, DateTimeOffset now)
    {
        RequireBeforeMeeting(now);
        Audit(InvitationWorkflow.Submit(actor), MeetingPublication.Invitation, actor, now, null);
    }

    /// <summary>Passes a stage of the call's 三审; after 终审 the call is public. Refused once the meeting has begun.</summary>
    public void ApproveInvitation(Actor actor, DateTimeOffset now)
    {
        RequireBeforeMeeting(now);
        var t = InvitationWorkflow.Approve(actor, new HashSet<string> { CreatedBy, InvitationEditedBy });
        Audit(t, MeetingPublication.Invitation, actor, now, null);
        if (t.To == ReviewState.Approved) InvitationPublishedAt = Published(MeetingPublication.Invitation, now);
    }

    public void SendBackInvitation(Actor actor, string? comment, DateTimeOffset now) =>
        Audit(InvitationWorkflow.SendBack(actor, comment), MeetingPublication.Invitation, actor, now, comment?.Trim());

    public void SubmitRecord(Actor actor, DateTimeOffset now)
    {
        MeetingRecordRules.RequireComplete(this, now);
        Audit(RecordWorkflow.Submit(actor), MeetingPublication.Record, actor, now, null);
    }

    /// <summary>Passes a stage of the record's 三审; after 终审 invitees, opinions and handling are public.</summary>
    public void ApproveRecord(Actor actor, DateTimeOffset now)
    {
        MeetingRecordRules.RequireComplete(this, now);
        var t = RecordWorkflow.Approve(actor, new HashSet<string> { CreatedBy, RecordEditedBy });
        Audit(t, MeetingPublication.Record, actor, now, null);
        if (t.To == ReviewState.Approved) RecordPublishedAt = Published(MeetingPublication.Record, now);
    }

    public void SendBackRecord(Actor actor, string? comment, DateTimeOffset now) =>
        Audit(RecordWorkflow.SendBack(actor, comment), MeetingPublication.Record, actor, now, comment?.Trim());

    public string ContentHash(MeetingPublication publication) => Convert.ToHexStringLower(SHA256.HashData(
        Encoding.UTF8.GetBytes(publication == MeetingPublication.Invitation
            ? $"{Kind}\n{Title}\n{DecisionId}\n{HeldAt:O}\n{Place}\n{InvitedKindsMask}\n{HowToApply}"
            : string.Join('\n', _invitees.Select(i =>
                $"{i.Kind}|{i.PublicName}|{i.Organisation}|{i.Attendance}|" + string.Join('|',
                    i.Opinions.Select(o => $"{o.DecisionId}:{o.Text}:{o.Outcome}:{o.HandlingText}")))))));

    private void RequireRecordEditable(Actor editor)
    {
        editor.EnsureCanEdit();
        if (RecordWorkflow.IsInReview || RecordPublishedAt is not null) throw new DomainException("meeting.frozen");
    }

    private void RequireBeforeMeeting(DateTimeOffset now)
    {
        if (now >= HeldAt) throw new DomainException("meeting.invitation_after_meeting");
    }

    private Invitee Own(Invitee invitee) =>
        _invitees.Contains(invitee) ? invitee : throw new DomainException("meeting.invitee_not_found");

    private T Touch<T>(Actor editor, Func<T> change)
    {
        var result = change();
        RecordEditedBy = editor.UserId;
        return result;
    }

    private DateTimeOffset Published(MeetingPublication publication, DateTimeOffset now)
    {
        Raise(DocumentTransitioned.Published(SubjectTitle(publication), Revision, ContentHash(publication), null, now));
        return now;
    }

    private string SubjectTitle(MeetingPublication publication) =>
        publication == MeetingPublication.Invitation ? $"{Title}（邀请公告）" : $"{Title}（会议记录）";

    private void Audit(ReviewTransition t, MeetingPublication publication, Actor actor, DateTimeOffset now,
        string? comment) =>
        Raise(DocumentTransitioned.Moved(SubjectTitle(publication), t, actor, Revision, ContentHash(publication), comment,
            now));
}
