using Consultation.Core;
using Consultation.Core.Adoption;
using Consultation.Core.Review;

namespace Consultation.UnitTests.Adoption;

public sealed class AdoptionRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Decided = new(2026, 12, 8);

    private static FeedbackReport Report() => FeedbackReport.Create(1, Decided, Decided.AddDays(14), Actors.Editor);

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

        var refused = Assert.Throws<DomainException>(() => report.Submit(Actors.Editor, new ReportReadiness(1, 0), Now));

        Assert.Equal("report.unassigned_comments", refused.MessageKey);
        Assert.Equal(ReviewState.Draft, report.Workflow.State);
    }

    [Fact]
    public void A_report_with_an_undecided_group_cannot_be_submitted()
    {
        var refused = Assert.Throws<DomainException>(() => Report().Submit(Actors.Editor, new ReportReadiness(0, 2), Now));

        Assert.Equal("report.undecided_groups", refused.MessageKey);
    }

    [Fact]
    public void A_ready_report_is_published_after_three_reviews_and_is_then_frozen()
    {
        var report = Report();
        report.Submit(Actors.Editor, new ReportReadiness(0, 0), Now);
        Assert.False(report.Approve(Actors.First, Now));
        Assert.False(report.Approve(Actors.Second, Now));

        Assert.True(report.Approve(Actors.Final, Now));
        Assert.True(report.IsPublished);
        Assert.Equal("report.frozen_after_publish", Assert.Throws<DomainException>(() =>
            report.Edit(Decided, Decided.AddDays(14), "", "", Actors.Editor)).MessageKey);
    }

    [Fact]
    public void A_report_is_overdue_only_after_its_due_day_and_until_published()
    {
        var report = Report();

        Assert.False(report.IsOverdue(Decided.AddDays(14)));
        Assert.True(report.IsOverdue(Decided.AddDays(15)));
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
