namespace Consultation.Core.Meetings;

/// <summary>What the invitation call (邀请公告) says: the meeting's topic, when and where, who may apply and how.</summary>
public sealed record MeetingInvitation(
    MeetingKind Kind,
    string Title,
    int DecisionId,
    DateTimeOffset HeldAt,
    string Place,
    IReadOnlyCollection<InviteeKind> InvitedKinds,
    string HowToApply);
