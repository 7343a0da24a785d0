namespace Consultation.Infrastructure.Search;

/// <summary>
/// The answer to a <see cref="SearchRequest"/>. <see cref="Query"/> is the cleaned text actually searched
/// (<see cref="Shortened"/> when the input was cut); <see cref="Relaxed"/> when no result had every word and results
/// with some of the words are shown instead; <see cref="Unavailable"/> when the index could not be read at all.
/// </summary>
public sealed record SearchResults(
    string Query,
    bool Shortened,
    bool Relaxed,
    int Total,
    int Page,
    int PageCount,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    bool Unavailable = false)
{
    public static SearchResults Nothing(string query, bool shortened, bool unavailable = false) =>
        new(query, shortened, false, 0, 1, 1, [], SearchFacets.None, unavailable);
}
