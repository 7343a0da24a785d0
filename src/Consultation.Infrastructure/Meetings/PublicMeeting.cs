using Consultation.Core.Meetings;

namespace Consultation.Infrastructure.Meetings;

/// <summary>
/// A meeting as the public sees it. Built field by field from the entity so an invitee's contact details and, when
/// anonymised, real name never reach a public view: there is nothing to render by mistake.
/// </summary>
public sealed record PublicMeeting(
    int Id,
    MeetingKind Kind,
    string Title,
    int DecisionId,
    string DecisionTitle,
    DateTimeOffset HeldAt,
    string Place,
    IReadOnlyList<InviteeKind> InvitedKinds,
    string HowToApply,
    DateTimeOffset? InvitationPublishedAt,
    DateTimeOffset? RecordPublishedAt,
    IReadOnlyList<PublicInvitee> Invitees)
{
    public bool HasRecord => RecordPublishedAt is not null;
    public bool HasInvitation => InvitationPublishedAt is not null;
}
