using Consultation.Infrastructure.Evaluations;

namespace Consultation.Web.Features.Evaluations;

/// <summary>The public list of one year's published evaluations with the count against the yearly minimum.</summary>
public sealed record EvaluationsPage(int Year, IReadOnlyList<int> Years, IReadOnlyList<EvaluationRow> Rows, int Minimum);
