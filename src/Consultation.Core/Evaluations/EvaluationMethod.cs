namespace Consultation.Core.Evaluations;

/// <summary>评估方式: how a policy evaluation was carried out.</summary>
public enum EvaluationMethod
{
    /// <summary>第三方评估.</summary>
    ThirdParty = 0,
    /// <summary>自评估.</summary>
    SelfAssessment = 1,
    /// <summary>专家评估.</summary>
    Expert = 2,
    /// <summary>问卷调查.</summary>
    Survey = 3,
}
