using Consultation.Core.Consultations;

namespace Consultation.Infrastructure.Search;

/// <summary>One search: the visitor's text (any string at all), the chosen facets, the order and the page.</summary>
public sealed record SearchRequest(
    string? Text,
    SearchKind? Kind = null,
    int? Year = null,
    int? ColumnId = null,
    ConsultationStatus? Status = null,
    SearchOrder Order = SearchOrder.Relevance,
    int Page = 1)
{
    public bool HasFilter => Kind is not null || Year is not null || ColumnId is not null || Status is not null;
}
