namespace Consultation.Core.Meetings;

/// <summary>Whether an invitee came; a record cannot be published while anyone is still just <see cref="Invited"/>.</summary>
public enum Attendance
{
    /// <summary>已邀请.</summary>
    Invited = 0,
    /// <summary>出席.</summary>
    Attended = 1,
    /// <summary>缺席.</summary>
    Absent = 2,
}
