namespace Consultation.Core.Meetings;

/// <summary>The two things a meeting publishes, each through its own 三审.</summary>
public enum MeetingPublication
{
    /// <summary>邀请公告, before the meeting.</summary>
    Invitation = 0,
    /// <summary>会议记录, after it.</summary>
    Record = 1,
}
