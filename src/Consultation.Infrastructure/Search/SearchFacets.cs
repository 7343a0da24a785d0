using Consultation.Core.Consultations;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// Counts per facet value. Each facet is counted with the other facets' choices applied but not its own, so a visitor
/// who picked 政策 still sees how many 文章 there are to switch to.
/// </summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount<SearchKind>> Kinds,
    IReadOnlyList<FacetCount<int>> Years,
    IReadOnlyList<FacetCount<int>> Columns,
    IReadOnlyList<FacetCount<ConsultationStatus>> Statuses)
{
    public static SearchFacets None { get; } = new([], [], [], []);
}
