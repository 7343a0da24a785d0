using Consultation.Core;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Core.Review;
using static Consultation.UnitTests.Consultations.ConsultationBuilder;

namespace Consultation.UnitTests.Consultations;

/// <summary>The order the record must keep: explained before review, long enough at 终审, report only after the close.</summary>
public sealed class ConsultationOrderTests
{
    private static PublicConsultation Bare(string explanation = "起草说明") =>
        PublicConsultation.Create(1, "bare", "草案", Draft, explanation,
            ConsultationWindow.Create(Opens, Closes, null, Rules), ModerationMode.PreModeration, Actors.Editor);

    [Fact]
    public void A_draft_without_its_explanation_does_not_enter_review()
    {
        var c = Bare(explanation: " ");
        c.AddInterpretation(InterpretationForm.Text, "解读", "内容", Actors.Editor, Opens);

        Assert.Equal("consultation.explanation_required",
            Assert.Throws<DomainException>(() => c.Submit(Actors.Editor, Opens, Rules)).MessageKey);
        Assert.Equal(ReviewState.Draft, c.Workflow.State);
    }

    [Fact]
    public void An_interpretation_title_longer_than_its_column_is_refused_and_nothing_is_added()
    {
        var c = Bare();

        var refused = Assert.Throws<DomainException>(() =>
            c.AddInterpretation(InterpretationForm.Text, new string('题', Interpretation.MaxTitleLength + 1), "内容", Actors.Editor, Opens));

        Assert.Equal("interpretation.title_too_long", refused.MessageKey);
        Assert.Empty(c.Interpretations);
        c.AddInterpretation(InterpretationForm.Text, new string('题', Interpretation.MaxTitleLength), "内容", Actors.Editor, Opens);
        Assert.Single(c.Interpretations);
    }

    [Fact]
    public void A_draft_needs_interpretations_in_the_configured_number_of_forms()
    {
        var c = Bare();
        Assert.Equal("consultation.too_few_forms", Assert.Throws<DomainException>(() => c.Submit(Actors.Editor, Opens, Rules)).MessageKey);

        c.AddInterpretation(InterpretationForm.Text, "解读", "内容", Actors.Editor, Opens);
        var refused = Assert.Throws<DomainException>(() => c.Submit(Actors.Editor, Opens, Rules with { MinimumInterpretationForms = 2 }));
        Assert.Equal([2, 1], refused.Arguments);
        c.Submit(Actors.Editor, Opens, Rules);
        Assert.Equal(ReviewState.AwaitingFirstReview, c.Workflow.State);
    }

    [Fact]
    public void Final_approval_is_refused_when_less_than_the_minimum_window_remains_without_a_recorded_reason()
    {
        var c = Unpublished();
        c.Submit(Actors.Editor, Opens, Rules);
        c.Approve(Actors.First, Opens, Rules);
        c.Approve(Actors.Second, Opens, Rules);

        var late = Opens.AddDays(3);
        var refused = Assert.Throws<DomainException>(() => c.Approve(Actors.Final, late, Rules));

        Assert.Equal("window.too_short_at_approval", refused.MessageKey);
        Assert.Equal([30, 27], refused.Arguments);
        Assert.False(c.IsPublished);
    }

    [Fact]
    public void A_shorter_window_with_its_reason_recorded_can_be_approved_late()
    {
        var c = PublicConsultation.Create(1, "short", "草案", Draft, "说明",
            ConsultationWindow.Create(Opens, Opens.AddDays(15), "上级文件要求年底前出台", Rules), ModerationMode.PreModeration,
            Actors.Editor);
        c.AddInterpretation(InterpretationForm.Text, "解读", "内容", Actors.Editor, Opens);
        c.Submit(Actors.Editor, Opens, Rules);
        c.Approve(Actors.First, Opens, Rules);
        c.Approve(Actors.Second, Opens, Rules);

        c.Approve(Actors.Final, Opens.AddDays(2), Rules);

        Assert.True(c.IsPublished);
    }

    [Fact]
    public void No_report_while_the_window_is_open_and_no_comment_after_the_report()
    {
        var c = Published();

        Assert.Equal("report.window_still_open", Assert.Throws<DomainException>(() => c.MarkReported(Closes.AddMinutes(-1))).MessageKey);
        c.MarkReported(Closes.AddDays(15));

        Assert.Equal("consultation.reported", Assert.Throws<DomainException>(() =>
            c.Receive(Comment(), ReceiptCode.New(), new PlainHasher(), SensitiveWordList.Empty, Closes.AddDays(16), Rules)).MessageKey);
        Assert.Equal("consultation.reported", Assert.Throws<DomainException>(() =>
            c.Extend(Closes.AddDays(40), "补充征求", Actors.Editor, Closes.AddDays(16), Rules)).MessageKey);
    }

    [Fact]
    public void A_revised_explanation_and_a_new_interpretation_reach_the_public_only_after_a_new_final_approval()
    {
        var c = Published();
        var later = Opens.AddDays(3);

        c.ReviseExplanation("新的起草说明", Actors.OtherEditor, later);
        c.AddInterpretation(InterpretationForm.Video, "视频解读", "视频内容", Actors.OtherEditor, later);

        Assert.Equal("起草说明", c.PublishedExplanationMarkdown);
        Assert.Equal([InterpretationForm.Text], c.PublicInterpretations.Select(i => i.Form));
        Assert.True(c.HasUnpublishedRevision);
        Assert.Equal(ReviewState.Draft, c.Workflow.State);

        c.Submit(Actors.OtherEditor, later, Rules);
        c.Approve(Actors.First, later, Rules);
        c.Approve(Actors.Second, later, Rules);
        Assert.Equal("起草说明", c.PublishedExplanationMarkdown);
        c.Approve(Actors.Final, later, Rules);

        Assert.Equal("新的起草说明", c.PublishedExplanationMarkdown);
        Assert.Equal([InterpretationForm.Text, InterpretationForm.Video], c.PublicInterpretations.Select(i => i.Form));
        Assert.False(c.HasUnpublishedRevision);
    }
}
