namespace Consultation.Core.Meetings;

/// <summary>What a meeting record needs before it may go to review or be published.</summary>
internal static class MeetingRecordRules
{
    public static void RequireComplete(Meeting meeting, DateTimeOffset now)
    {
        if (now < meeting.HeldAt) throw new DomainException("meeting.record_before_meeting");
        if (meeting.Invitees.Count == 0) throw new DomainException("meeting.record_without_invitees");
        var open = meeting.Invitees.FirstOrDefault(i => i.Attendance == Attendance.Invited);
        if (open is not null) throw new DomainException("meeting.attendance_open", open.PublicName);
        if (meeting.Opinions.Any(o => !o.IsHandled)) throw new DomainException("meeting.opinion_unhandled");
    }
}
