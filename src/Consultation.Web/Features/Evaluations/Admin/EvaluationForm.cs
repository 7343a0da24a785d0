using Consultation.Core.Evaluations;

namespace Consultation.Web.Features.Evaluations.Admin;

/// <summary>What the evaluation form posts. Missing or unreadable values become values the entity refuses, with its message.</summary>
public sealed class EvaluationForm
{
    public int Year { get; set; }
    public string? Title { get; set; }
    /// <summary>A published policy chosen from the list; never a typed URL.</summary>
    public int? PolicyDocumentId { get; set; }
    public string? PolicyTitle { get; set; }
    public EvaluationMethod? Method { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public string? Result { get; set; }

    public EvaluationDetails ToDetails() => new(Year, Title, PolicyDocumentId, PolicyTitle,
        Method ?? (EvaluationMethod)(-1), PeriodStart ?? default, PeriodEnd ?? default, Result);

    public static EvaluationForm From(Evaluation e) => new()
    {
        Year = e.Year, Title = e.Title, PolicyDocumentId = e.PolicyDocumentId, PolicyTitle = e.PolicyTitle,
        Method = e.Method, PeriodStart = e.PeriodStart, PeriodEnd = e.PeriodEnd, Result = e.ResultMarkdown,
    };
}
