using Consultation.Core.Evaluations;

namespace Consultation.Infrastructure.Evaluations;

/// <summary>An evaluation with the title of the policy it evaluates, whether linked or typed.</summary>
public sealed record EvaluationRow(Evaluation Evaluation, string PolicyTitle)
{
    public bool PolicyIsLinked => Evaluation.PolicyDocumentId is not null;
}
