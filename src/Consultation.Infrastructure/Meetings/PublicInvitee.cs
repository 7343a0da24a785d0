using Consultation.Core.Meetings;

namespace Consultation.Infrastructure.Meetings;

/// <summary>An invitee on the public record: the label chosen (or the name), the organisation and attendance. No contact.</summary>
public sealed record PublicInvitee(
    InviteeKind Kind,
    string Name,
    string Organisation,
    Attendance Attendance,
    IReadOnlyList<PublicMeetingOpinion> Opinions);
