using Consultation.Core;
using Consultation.Core.Meetings;
using Consultation.Core.Review;
using static Consultation.UnitTests.Meetings.MeetingBuilder;

namespace Consultation.UnitTests.Meetings;

public sealed class MeetingRulesTests
{
    private static string Refused(Action action) => Assert.Throws<DomainException>(action).MessageKey;

    [Fact]
    public void The_record_cannot_be_submitted_before_the_meeting_date()
    {
        var meeting = HeldMeeting();

        Assert.Equal("meeting.record_before_meeting", Refused(() => meeting.SubmitRecord(Actors.Editor, Before)));
        Assert.Equal(ReviewState.Draft, meeting.RecordWorkflow.State);
    }

    [Fact]
    public void The_record_cannot_be_submitted_with_an_opinion_lacking_handling()
    {
        var meeting = HeldMeeting();
        meeting.AddOpinion(meeting.Invitees[0], 7, "另一条意见", Actors.Editor);

        Assert.Equal("meeting.opinion_unhandled", Refused(() => meeting.SubmitRecord(Actors.Editor, After)));
    }

    [Fact]
    public void The_record_cannot_be_submitted_while_an_invitee_is_still_only_invited()
    {
        var meeting = HeldMeeting();
        meeting.AddInvitee(InviteeKind.Media, "李记者", null, "大众日报", "li@example.cn", Actors.Editor);

        var refused = Assert.Throws<DomainException>(() => meeting.SubmitRecord(Actors.Editor, After));

        Assert.Equal("meeting.attendance_open", refused.MessageKey);
        Assert.Equal(["李记者"], refused.Arguments);
    }

    [Fact]
    public void Attendance_cannot_be_recorded_before_the_meeting()
    {
        var meeting = Meeting();
        var invitee = meeting.AddInvitee(InviteeKind.Expert, "王教授", null, "山东大学", "", Actors.Editor);

        Assert.Equal("meeting.attendance_before_meeting",
            Refused(() => meeting.MarkAttendance(invitee, Attendance.Attended, Actors.Editor, Before)));
    }

    [Fact]
    public void The_record_cannot_be_edited_while_in_review()
    {
        var meeting = HeldMeeting();
        meeting.SubmitRecord(Actors.Editor, After);

        Assert.Equal("meeting.frozen", Refused(() =>
            meeting.AddInvitee(InviteeKind.Other, "赵先生", null, "", "", Actors.Editor)));
        Assert.Equal("meeting.frozen", Refused(() =>
            meeting.Handle(meeting.Opinions.Single(), HandlingOutcome.Explained, "改为解释", Actors.Editor)));
    }

    [Fact]
    public void The_invitation_cannot_be_edited_while_in_review()
    {
        var meeting = Meeting();
        meeting.SubmitInvitation(Actors.Editor, Before);

        Assert.Equal("meeting.frozen", Refused(() => meeting.EditInvitation(new MeetingInvitation(
            MeetingKind.Other, "新议题", 7, HeldAt, "别处", [InviteeKind.Media], "报名"), Actors.Editor)));
    }

    [Fact]
    public void The_invitation_cannot_be_submitted_or_published_once_the_meeting_date_has_come()
    {
        var late = Meeting();
        Assert.Equal("meeting.invitation_after_meeting", Refused(() => late.SubmitInvitation(Actors.Editor, HeldAt)));

        var slow = Meeting();
        slow.SubmitInvitation(Actors.Editor, Before);
        slow.ApproveInvitation(Actors.First, Before);
        slow.ApproveInvitation(Actors.Second, Before);
        Assert.Equal("meeting.invitation_after_meeting", Refused(() => slow.ApproveInvitation(Actors.Final, After)));
        Assert.Null(slow.InvitationPublishedAt);
    }

    [Fact]
    public void The_author_of_the_record_cannot_review_it()
    {
        var meeting = HeldMeeting(Actors.EditorReviewer);
        meeting.SubmitRecord(Actors.Editor, After);

        Assert.Equal("review.self_approval", Refused(() => meeting.ApproveRecord(Actors.EditorReviewer, After)));
    }

    [Fact]
    public void Invitation_and_record_each_pass_three_reviews_and_become_public_separately()
    {
        var meeting = HeldMeeting();
        PassInvitation(meeting, Before);
        Assert.NotNull(meeting.InvitationPublishedAt);
        Assert.Null(meeting.RecordPublishedAt);

        meeting.SubmitRecord(Actors.Editor, After);
        meeting.ApproveRecord(Actors.First, After);
        meeting.ApproveRecord(Actors.Second, After);
        meeting.ApproveRecord(Actors.Final, After);

        Assert.Equal(After, meeting.RecordPublishedAt);
        Assert.Equal("meeting.frozen", Refused(() =>
            meeting.AddInvitee(InviteeKind.Other, "赵先生", null, "", "", Actors.Editor)));
    }

    [Fact]
    public void An_anonymised_invitee_is_shown_by_the_label_never_the_name()
    {
        var invitee = HeldMeeting().Invitees.Single();

        Assert.Equal("群众代表甲", invitee.PublicName);
    }

    [Fact]
    public void An_opinion_cannot_be_handled_without_a_text()
    {
        var meeting = HeldMeeting();
        var opinion = meeting.AddOpinion(meeting.Invitees[0], 7, "意见", Actors.Editor);

        Assert.Equal("meeting.handling_required",
            Refused(() => meeting.Handle(opinion, HandlingOutcome.Explained, " ", Actors.Editor)));
    }
}
