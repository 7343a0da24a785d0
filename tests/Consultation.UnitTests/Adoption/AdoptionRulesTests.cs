using Consultation.Core;
using Consultation.Core.Adoption;
using Consultation.Core.Comments;
using Consultation.Core.Review;
using Consultation.UnitTests.Consultations;

namespace Consultation.UnitTests.Adoption;

public sealed class AdoptionRulesTests
{
    private static readonly DateTimeOffset Now = ConsultationBuilder.Closes.AddDays(10);
    private static readonly DateOnly Decided = ShanghaiTime.DayOf(ConsultationBuilder.Closes.AddDays(8));

    private static readonly ReportSnapshot Snapshot = new(Decided, 3,
        new Dictionary<CommentChannel, int> { [CommentChannel.Web] = 3 }, [], [],
        [new ReportSnapshot.GroupLine(new ReportSnapshot.GroupFacts(7, "延长课后服务", "", Disposition.Adopted, null, null), 3,
            new Dictionary<CommentChannel, int> { [CommentChannel.Web] = 3 }, [], [11, 12, 13])]);

    private static FeedbackReport Report() => FeedbackReport.For(ConsultationBuilder.Published(), Actors.Editor, Now);

    [Theory]
    [InlineData(Disposition.PartlyAdopted)]
    [InlineData(Disposition.NotAdopted)]
    [InlineData(Disposition.OutOfScope)]
    public void A_group_not_fully_adopted_needs_a_reason(Disposition disposition)
    {
        var group = OpinionGroup.Create(1, "延长课后服务", ["tiao-3"], automatic: false);

        var refused = Assert.Throws<DomainException>(() => group.Decide(disposition, "  ", null));

        Assert.Equal("group.reason_required", refused.MessageKey);
        Assert.Equal(Disposition.Undecided, group.Disposition);
    }

    [Fact]
    public void An_adopted_group_may_name_the_final_clause_it_changed()
    {
        var group = OpinionGroup.Create(1, "延长课后服务", ["tiao-3"], automatic: false);

        group.Decide(Disposition.Adopted, null, "tiao-3");

        Assert.Equal((Disposition.Adopted, "tiao-3"), (group.Disposition, group.FinalClauseAnchor));
    }

    [Fact]
    public void A_report_with_an_unassigned_comment_cannot_be_submitted()
    {
        var report = Report();

        var refused = Assert.Throws<DomainException>(() => report.Submit(Actors.Editor, new ReportReadiness(1, 0), Snapshot, Now));

        Assert.Equal("report.unassigned_comments", refused.MessageKey);
        Assert.Equal(ReviewState.Draft, report.Workflow.State);
    }

    [Fact]
    public void A_report_with_an_undecided_group_cannot_be_submitted()
    {
        var refused = Assert.Throws<DomainException>(() => Report().Submit(Actors.Editor, new ReportReadiness(0, 2), Snapshot, Now));

        Assert.Equal("report.undecided_groups", refused.MessageKey);
    }

    [Fact]
    public void A_ready_report_is_published_after_three_reviews_and_is_then_frozen()
    {
        var report = Report();
        report.Submit(Actors.Editor, new ReportReadiness(0, 0), Snapshot, Now);
        Assert.False(report.Approve(Actors.First, Now));
        Assert.False(report.Approve(Actors.Second, Now));

        Assert.True(report.Approve(Actors.Final, Now));
        Assert.True(report.IsPublished);
        Assert.True(report.FreezesGroups);
        Assert.Equal("report.frozen_after_publish", Assert.Throws<DomainException>(() =>
            report.Edit("", "", Actors.Editor)).MessageKey);
    }

    [Fact]
    public void No_report_is_started_while_the_consultation_is_open()
    {
        var refused = Assert.Throws<DomainException>(() =>
            FeedbackReport.For(ConsultationBuilder.Published(), Actors.Editor, ConsultationBuilder.Closes.AddHours(-1)));

        Assert.Equal("report.window_still_open", refused.MessageKey);
    }

    [Fact]
    public void The_groups_freeze_at_submission_and_the_published_version_keeps_what_the_reviewers_passed()
    {
        var report = Report();
        Assert.False(report.FreezesGroups);
        report.Submit(Actors.Editor, new ReportReadiness(0, 0), Snapshot, Now);
        Assert.True(report.FreezesGroups);
        foreach (var reviewer in new[] { Actors.First, Actors.Second, Actors.Final }) report.Approve(reviewer, Now);

        var published = Assert.Single(report.Versions);
        Assert.Equal("延长课后服务", published.Snapshot.GroupOf(12)!.Title);
        Assert.Equal(Disposition.Adopted, published.Snapshot.GroupOf(12)!.Disposition);
        Assert.Null(published.CorrectionNote);
    }

    [Fact]
    public void A_correction_is_a_new_version_with_its_note_and_the_first_version_stays_as_it_was()
    {
        var report = Report();
        report.Submit(Actors.Editor, new ReportReadiness(0, 0), Snapshot, Now);
        foreach (var reviewer in new[] { Actors.First, Actors.Second, Actors.Final }) report.Approve(reviewer, Now);
        Assert.Equal("report.correction_note_required",
            Assert.Throws<DomainException>(() => report.BeginCorrection(" ", Actors.OtherEditor, Now)).MessageKey);

        report.BeginCorrection("第二组意见的处理理由表述有误，予以更正。", Actors.OtherEditor, Now);
        Assert.False(report.FreezesGroups);
        var corrected = Snapshot with
        {
            Groups = [Snapshot.Groups[0] with { Group = Snapshot.Groups[0].Group with { Disposition = Disposition.PartlyAdopted, Reason = "部分采纳" } }],
        };
        report.Submit(Actors.OtherEditor, new ReportReadiness(0, 0), corrected, Now.AddDays(1));
        foreach (var reviewer in new[] { Actors.First, Actors.Second, Actors.Final }) report.Approve(reviewer, Now.AddDays(1));

        Assert.Equal(2, report.Versions.Count);
        Assert.Equal(Disposition.Adopted, report.Versions[0].Snapshot.GroupOf(12)!.Disposition);
        Assert.Equal(Disposition.PartlyAdopted, report.LatestVersion!.Snapshot.GroupOf(12)!.Disposition);
        Assert.Equal("第二组意见的处理理由表述有误，予以更正。", report.LatestVersion.CorrectionNote);
    }

    [Fact]
    public void A_refused_comment_is_not_grouped_and_needs_no_group()
    {
        var comment = Consultation.UnitTests.Consultations.ConsultationBuilder.Published().Receive(
            Consultation.UnitTests.Consultations.ConsultationBuilder.Comment(), Consultation.Core.Comments.ReceiptCode.New(),
            new Consultation.UnitTests.Consultations.ConsultationBuilder.PlainHasher(),
            Consultation.Core.Comments.SensitiveWordList.Empty,
            Consultation.UnitTests.Consultations.ConsultationBuilder.Opens.AddDays(1),
            Consultation.UnitTests.Consultations.ConsultationBuilder.Rules);
        comment.Refuse("广告", Actors.Editor, Now);

        Assert.False(comment.NeedsGroup);
        Assert.Equal("comment.rejected_not_grouped", Assert.Throws<DomainException>(() => comment.AssignToGroup(1)).MessageKey);
    }
}
