namespace Consultation.Web.Features.Search;

/// <summary>One value of a facet with the number of results it gives.</summary>
public sealed record SearchFacetLink(string Value, string Label, int Count);
