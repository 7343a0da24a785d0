using Consultation.Core;
using Consultation.Core.Evaluations;

namespace Consultation.UnitTests.Evaluations;

public sealed class EvaluationRulesTests
{
    private static readonly DateOnly YearEnd = new(2026, 12, 31);

    private static EvaluationDetails Details(string result = "评估结论：总体有效。") => new(2026, "课后服务政策评估", null,
        "关于做好课后服务工作的通知", EvaluationMethod.ThirdParty, new(2026, 1, 1), new(2026, 6, 30), result);

    /// <summary>An evaluation passed through 三审, 终审 approving at <paramref name="at"/>.</summary>
    private static Evaluation Published(DateTimeOffset at)
    {
        var evaluation = Evaluation.Create(Details(), Actors.Editor);
        evaluation.Submit(Actors.Editor, at);
        evaluation.Approve(Actors.First, at);
        evaluation.Approve(Actors.Second, at);
        evaluation.Approve(Actors.Final, at);
        return evaluation;
    }

    private static Evaluation PublishedOn(int year, int month, int day) =>
        Published(new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.FromHours(8)));

    [Fact]
    public void An_evaluation_without_a_result_cannot_go_to_review()
    {
        var evaluation = Evaluation.Create(Details(result: " "), Actors.Editor);

        var refused = Assert.Throws<DomainException>(() => evaluation.Submit(Actors.Editor, DateTimeOffset.UtcNow));

        Assert.Equal("evaluation.result_required", refused.MessageKey);
    }

    [Fact]
    public void The_result_is_not_public_until_the_final_review_passes()
    {
        var evaluation = Evaluation.Create(Details(), Actors.Editor);
        evaluation.Submit(Actors.Editor, DateTimeOffset.UtcNow);
        evaluation.Approve(Actors.First, DateTimeOffset.UtcNow);
        evaluation.Approve(Actors.Second, DateTimeOffset.UtcNow);

        Assert.False(evaluation.IsPublished);
        Assert.Null(evaluation.PublishedOn);
    }

    [Fact]
    public void The_author_cannot_pass_a_review_stage_of_their_own_evaluation()
    {
        var evaluation = Evaluation.Create(Details(), Actors.EditorReviewer);
        evaluation.Submit(Actors.EditorReviewer, DateTimeOffset.UtcNow);

        var refused = Assert.Throws<DomainException>(() => evaluation.Approve(Actors.EditorReviewer, DateTimeOffset.UtcNow));

        Assert.Equal("review.self_approval", refused.MessageKey);
    }

    [Fact]
    public void The_publication_day_is_the_Shanghai_day_of_the_final_approval()
    {
        var evaluation = Published(new DateTimeOffset(2026, 12, 31, 17, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2027, 1, 1), evaluation.PublishedOn);
    }

    [Fact]
    public void A_published_evaluation_cannot_be_edited()
    {
        var evaluation = PublishedOn(2026, 5, 1);

        var refused = Assert.Throws<DomainException>(() => evaluation.Edit(Details("改过的结论"), Actors.Editor));

        Assert.Equal("evaluation.published", refused.MessageKey);
    }

    [Fact]
    public void An_evaluation_in_review_cannot_be_edited()
    {
        var evaluation = Evaluation.Create(Details(), Actors.Editor);
        evaluation.Submit(Actors.Editor, DateTimeOffset.UtcNow);

        var refused = Assert.Throws<DomainException>(() => evaluation.Edit(Details("改过的结论"), Actors.Editor));

        Assert.Equal("evaluation.in_review", refused.MessageKey);
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() => Evaluation.Create(
            Details() with { PeriodStart = new(2026, 7, 1), PeriodEnd = new(2026, 6, 30) }, Actors.Editor));

        Assert.Equal("evaluation.period_invalid", refused.MessageKey);
    }

    [Fact]
    public void The_evaluated_policy_must_be_named_or_linked()
    {
        var refused = Assert.Throws<DomainException>(() => Evaluation.Create(
            Details() with { PolicyTitle = " " }, Actors.Editor));

        Assert.Equal("evaluation.policy_required", refused.MessageKey);
    }

    [Fact]
    public void A_linked_policy_replaces_the_typed_title()
    {
        var evaluation = Evaluation.Create(Details() with { PolicyDocumentId = 7 }, Actors.Editor);

        Assert.Equal((7, ""), (evaluation.PolicyDocumentId, evaluation.PolicyTitle));
    }

    [Fact]
    public void Only_editors_record_evaluations()
    {
        var refused = Assert.Throws<DomainException>(() => Evaluation.Create(Details(), Actors.Auditor));

        Assert.Equal("article.edit_requires_editor", refused.MessageKey);
    }

    [Fact]
    public void Two_results_public_by_the_configured_due_date_meet_the_duty()
    {
        var due = new DateOnly(2026, 11, 30);
        var year = EvaluationYear.Of(2026, [PublishedOn(2026, 5, 1), PublishedOn(2026, 11, 30)], 2, due, new(2027, 1, 5));

        Assert.Equal((2, EvaluationDuty.Met), (year.PublishedInTime, year.Duty));
    }

    [Fact]
    public void A_result_published_after_the_configured_due_date_does_not_count_and_the_year_is_overdue()
    {
        var due = new DateOnly(2026, 11, 30);
        var year = EvaluationYear.Of(2026, [PublishedOn(2026, 5, 1), PublishedOn(2026, 12, 1)], 2, due, new(2026, 12, 2));

        Assert.Equal((1, EvaluationDuty.Overdue), (year.PublishedInTime, year.Duty));
    }

    [Fact]
    public void The_configured_minimum_decides_when_the_duty_is_met()
    {
        var evaluations = new[] { PublishedOn(2026, 5, 1), PublishedOn(2026, 6, 1) };

        Assert.Equal(EvaluationDuty.Overdue, EvaluationYear.Of(2026, evaluations, 3, YearEnd, new(2027, 1, 2)).Duty);
        Assert.Equal(EvaluationDuty.Met, EvaluationYear.Of(2026, evaluations, 2, YearEnd, new(2027, 1, 2)).Duty);
    }

    [Theory]
    [InlineData("2026-06-01", EvaluationDuty.Due)]
    [InlineData("2026-12-01", EvaluationDuty.DueSoon)]
    [InlineData("2026-12-31", EvaluationDuty.DueSoon)]
    [InlineData("2027-01-01", EvaluationDuty.Overdue)]
    public void One_result_is_due_then_due_soon_then_overdue(string today, EvaluationDuty expected)
    {
        var year = EvaluationYear.Of(2026, [PublishedOn(2026, 5, 1)], 2, YearEnd, DateOnly.Parse(today,
            System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, year.Duty);
    }

    [Fact]
    public void Drafts_and_other_years_do_not_count()
    {
        var draft = Evaluation.Create(Details(), Actors.Editor);
        var lastYear = Published(new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.FromHours(8)));

        Assert.Equal(0, EvaluationYear.Of(2027, [draft, lastYear], 2, new(2027, 12, 31), new(2027, 3, 1)).PublishedInTime);
    }
}
