using Consultation.Core;
using Consultation.Core.Evaluations;

namespace Consultation.UnitTests.Evaluations;

public sealed class EvaluationRulesTests
{
    private static Evaluation Published(int year, DateOnly on)
    {
        var evaluation = Evaluation.Create(year, "课后服务政策评估");
        evaluation.RecordResult("评估结论：总体有效。");
        evaluation.Publish(on);
        return evaluation;
    }

    [Fact]
    public void An_evaluation_without_a_result_cannot_be_published()
    {
        var refused = Assert.Throws<DomainException>(() => Evaluation.Create(2026, "评估").Publish(new(2026, 6, 1)));

        Assert.Equal("evaluation.result_required", refused.MessageKey);
    }

    [Fact]
    public void Two_results_public_by_the_end_of_the_year_meet_the_duty()
    {
        var evaluations = new[] { Published(2026, new(2026, 5, 1)), Published(2026, new(2026, 12, 31)) };

        Assert.Equal(EvaluationDuty.Met, Evaluation.DutyOf(2026, evaluations, 2, new(2027, 1, 5)));
    }

    [Fact]
    public void One_result_is_still_due_during_the_year()
    {
        Assert.Equal(EvaluationDuty.Due,
            Evaluation.DutyOf(2026, [Published(2026, new(2026, 5, 1))], 2, new(2026, 12, 31)));
    }

    [Fact]
    public void A_result_published_after_the_year_end_does_not_count_and_the_year_is_overdue()
    {
        var evaluations = new[] { Published(2026, new(2026, 5, 1)), Published(2026, new(2027, 1, 2)) };

        Assert.Equal(EvaluationDuty.Overdue, Evaluation.DutyOf(2026, evaluations, 2, new(2027, 1, 3)));
    }

    [Fact]
    public void Another_years_evaluations_do_not_count()
    {
        Assert.Equal(EvaluationDuty.Overdue, Evaluation.DutyOf(2026,
            [Published(2025, new(2025, 5, 1)), Published(2025, new(2025, 6, 1))], 2, new(2027, 1, 1)));
    }
}
