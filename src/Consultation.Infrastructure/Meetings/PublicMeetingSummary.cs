using Consultation.Core.Meetings;

namespace Consultation.Infrastructure.Meetings;

/// <summary>One line of the public meeting list.</summary>
public sealed record PublicMeetingSummary(int Id, MeetingKind Kind, string Title, DateTimeOffset HeldAt, string Place,
    bool HasInvitation, bool HasRecord);
