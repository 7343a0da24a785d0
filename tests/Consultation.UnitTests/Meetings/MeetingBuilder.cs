using Consultation.Core.Accounts;
using Consultation.Core.Meetings;

namespace Consultation.UnitTests.Meetings;

/// <summary>A 厅长办公会 held at <see cref="HeldAt"/>, with invitees and opinions added on request.</summary>
internal static class MeetingBuilder
{
    public static readonly DateTimeOffset HeldAt = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Before = HeldAt.AddDays(-7);
    public static readonly DateTimeOffset After = HeldAt.AddDays(2);

    public static Meeting Meeting(Actor? editor = null) => Core.Meetings.Meeting.Create(new MeetingInvitation(
        MeetingKind.DirectorsMeeting, "审议《政策解读工作办法》", 7, HeldAt, "省教育厅第一会议室",
        [InviteeKind.CitizenRepresentative, InviteeKind.Expert], "请于11月15日前电话报名。"), editor ?? Actors.Editor);

    /// <summary>One citizen who attended and gave one handled opinion: ready for the record's 三审.</summary>
    public static Meeting HeldMeeting(Actor? editor = null)
    {
        var meeting = Meeting(editor);
        var invitee = meeting.AddInvitee(InviteeKind.CitizenRepresentative, "张敏", "群众代表甲", "济南市民",
            "13800000000", editor ?? Actors.Editor);
        meeting.MarkAttendance(invitee, Attendance.Attended, editor ?? Actors.Editor, After);
        var opinion = meeting.AddOpinion(invitee, 7, "建议增加短视频解读。", editor ?? Actors.Editor);
        meeting.Handle(opinion, HandlingOutcome.Adopted, "已在第三条增加。", editor ?? Actors.Editor);
        return meeting;
    }

    public static void PassInvitation(Meeting meeting, DateTimeOffset at)
    {
        meeting.SubmitInvitation(Actors.Editor, at);
        meeting.ApproveInvitation(Actors.First, at);
        meeting.ApproveInvitation(Actors.Second, at);
        meeting.ApproveInvitation(Actors.Final, at);
    }
}
