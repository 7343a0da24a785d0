namespace Consultation.Core.Evaluations;

/// <summary>
/// What an editor writes about an evaluation. The evaluated policy is either one of the site's published policy
/// documents (<see cref="PolicyDocumentId"/>) or, for a policy not on the site, its title as text.
/// </summary>
public sealed record EvaluationDetails(
    int Year,
    string? Title,
    int? PolicyDocumentId,
    string? PolicyTitle,
    EvaluationMethod Method,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string? ResultMarkdown);
