using Consultation.Core.Content;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// A search as the results page and the JSON endpoint show it: the request, the results, the columns named in the
/// column facet, and whether the index is being rebuilt (results may be incomplete meanwhile).
/// </summary>
public sealed record SearchPage(SearchRequest Request, SearchResults Results, IReadOnlyDictionary<int, Column> Columns,
    bool Rebuilding);
