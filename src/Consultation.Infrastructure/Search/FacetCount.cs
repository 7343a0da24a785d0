namespace Consultation.Infrastructure.Search;

/// <summary>How many results a facet value would give.</summary>
public sealed record FacetCount<T>(T Value, int Count);
