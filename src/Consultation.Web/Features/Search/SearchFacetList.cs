using Consultation.Infrastructure.Search;

namespace Consultation.Web.Features.Search;

/// <summary>One facet on the results page: its parameter, heading, chosen value and the values to choose from.</summary>
public sealed record SearchFacetList(string Parameter, string Heading, string? Chosen, IReadOnlyList<SearchFacetLink> Links,
    SearchPage Page);
