using Consultation.Core;
using Consultation.Core.Consultations;
using Consultation.Core.Policies;
using Consultation.Core.Review;

namespace Consultation.UnitTests.Policies;

public sealed class PolicyRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    private static PolicyDocument Policy(params InterpretationForm[] forms)
    {
        var policy = PolicyDocument.Create("关于加强课后服务的通知", "鲁教基字〔2026〕1号", "正文", Actors.Editor);
        foreach (var form in forms) policy.AddInterpretation(form, $"解读（{form}）", "内容", Actors.Editor);
        return policy;
    }

    [Fact]
    public void A_policy_with_one_form_of_interpretation_cannot_enter_review()
    {
        var policy = Policy(InterpretationForm.Text);

        var refused = Assert.Throws<DomainException>(() => policy.Submit(Actors.Editor, 2, Now));

        Assert.Equal("policy.too_few_forms", refused.MessageKey);
        Assert.Equal([2, 1], refused.Arguments);
        Assert.Equal(ReviewState.Draft, policy.Workflow.State);
    }

    [Fact]
    public void Two_interpretations_in_the_same_form_count_as_one_form()
    {
        var policy = Policy(InterpretationForm.Text, InterpretationForm.Text);

        Assert.Equal(1, policy.FormCount);
        Assert.Throws<DomainException>(() => policy.Submit(Actors.Editor, 2, Now));
    }

    [Fact]
    public void A_policy_with_two_forms_passes_three_reviews_and_is_published()
    {
        var policy = Policy(InterpretationForm.Text, InterpretationForm.Graphic);

        policy.Submit(Actors.Editor, 2, Now);
        policy.Approve(Actors.First, 2, Now);
        policy.Approve(Actors.Second, 2, Now);
        policy.Approve(Actors.Final, 2, Now);

        Assert.True(policy.IsPublished);
    }

    [Fact]
    public void Publishing_is_refused_when_the_minimum_was_raised_during_review()
    {
        var policy = Policy(InterpretationForm.Text, InterpretationForm.Graphic);
        policy.Submit(Actors.Editor, 2, Now);
        policy.Approve(Actors.First, 2, Now);
        policy.Approve(Actors.Second, 2, Now);

        var refused = Assert.Throws<DomainException>(() => policy.Approve(Actors.Final, 3, Now));

        Assert.Equal("policy.too_few_forms", refused.MessageKey);
        Assert.False(policy.IsPublished);
    }

    [Fact]
    public void A_policy_without_any_interpretation_is_refused_even_when_the_minimum_is_set_to_zero()
    {
        Assert.Throws<DomainException>(() => Policy().Submit(Actors.Editor, 0, Now));
    }
}
