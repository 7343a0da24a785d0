using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Evaluations;

namespace Consultation.Web.Features.Evaluations;

/// <summary>One page of a year's published evaluations, with the year's whole count against the yearly minimum.</summary>
public sealed record EvaluationsPage(int Year, IReadOnlyList<int> Years, KeysetPage<EvaluationRow> Rows, int Published,
    int Minimum);
