using Consultation.Core.Search;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// Answers a <see cref="SearchRequest"/> from this node's index: cleans the text, parses it (never throws), counts
/// facets, orders and pages, and highlights the page's results. Any text gives results or none, never an error; an
/// index that cannot be read gives an "unavailable" answer and is queued for a rebuild.
/// </summary>
public sealed class SearchEngine(SearchIndex index, IOptions<SearchOptions> options, ILogger<SearchEngine> logger)
{
    private int PageSize => Math.Clamp(options.Value.PageSize, 1, 100);

    public SearchResults Run(SearchRequest request, SynonymSet synonyms, DateTimeOffset now)
    {
        var (text, shortened) = SearchText.Cleaned(request.Text);
        if (text.Length == 0 && !request.HasFilter) return SearchResults.Nothing(text, shortened);
        try
        {
            return index.Search(searcher =>
            {
                if (text.Length == 0) return Run(searcher, new MatchAllDocsQuery(), request, text, shortened, relaxed: false, now);
                // Text of only punctuation or operators has no words to look for: no results, never an error.
                if (Parse(text, synonyms, relaxed: false) is not { } query) return SearchResults.Nothing(text, shortened);
                if (!text.Contains(' ')) return Run(searcher, query, request, text, shortened, false, now);
                if (EveryWordProbe.MayMatch(searcher, query))
                {
                    var strict = Run(searcher, query, request, text, shortened, false, now);
                    if (strict.Total > 0) return strict;
                }
                // Several words and no result has them all: show results with some of them, and say so.
                var relaxed = Run(searcher, Parse(text, synonyms, relaxed: true)!, request, text, shortened, true, now);
                return relaxed.Total > 0 ? relaxed : Run(searcher, query, request, text, shortened, false, now);
            });
        }
        catch (Exception e) when (e is IOException or Lucene.Net.Index.CorruptIndexException or ObjectDisposedException)
        {
            logger.LogError(e, "Search index unreadable");
            index.ReportProblem($"unreadable while searching: {e.GetType().Name}");
            return SearchResults.Nothing(text, shortened, unavailable: true);
        }
    }

    /// <summary>The Lucene query a text becomes (for the benchmark's bare-Lucene comparison and for tests).</summary>
    public Query? Parse(string text, SynonymSet synonyms, bool relaxed) =>
        new ChineseQueryParser(index.Analyzer, synonyms, relaxed).Parse(SearchText.Clean(text)) is { } query
        && !(query is BooleanQuery { Clauses.Count: 0 })
            ? query
            : null;

    private SearchResults Run(IndexSearcher searcher, Query query, SearchRequest request, string text, bool shortened,
        bool relaxed, DateTimeOffset now)
    {
        var pageSize = PageSize;
        var page = Math.Clamp(request.Page, 1, Math.Max(1, options.Value.MaxPage));
        var wanted = page * pageSize;
        var sort = request.Order == SearchOrder.Date || query is MatchAllDocsQuery ? DateOrder : null;
        var (counter, top) = SlicedSearch.Run(searcher, query, request, now, wanted, sort, Slices(searcher));

        var pageCount = Math.Max(1, Math.Min((counter.Total + pageSize - 1) / pageSize, Math.Max(1, options.Value.MaxPage)));
        page = Math.Min(page, pageCount);
        var docs = top.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var highlighter = new ResultHighlighter(query, index.Analyzer);
        var hits = docs.Select(d => Hit(searcher, d.Doc, highlighter)).ToList();
        return new SearchResults(text, shortened, relaxed, counter.Total, page, pageCount, hits, Facets(counter));
    }

    private static readonly Sort DateOrder = new(new SortField(SearchFields.Date, SortFieldType.INT64, true));

    /// <summary>One slice for a small index; otherwise as configured, one per core by default.</summary>
    private int Slices(IndexSearcher searcher) =>
        searcher.IndexReader.MaxDoc >= options.Value.ParallelFromDocuments ? Math.Max(1, options.Value.Slices) : 1;

    private static SearchHit Hit(IndexSearcher searcher, int doc, ResultHighlighter highlighter)
    {
        var stored = searcher.Doc(doc);
        var title = stored.Get(SearchFields.Title) ?? "";
        var ticks = stored.GetField(SearchFields.DateStored)?.GetInt64Value() ?? 0;
        return new SearchHit(SearchDocuments.KindNamed(stored.Get(SearchFields.Kind)) ?? SearchKind.Article, title,
            highlighter.Title(title),
            highlighter.Snippet(stored.Get(SearchFields.Body) ?? "", stored.Get(SearchFields.Summary) ?? ""),
            stored.Get(SearchFields.Url) ?? "/", new DateTimeOffset(ticks, TimeSpan.Zero),
            stored.Get(SearchFields.Context) ?? "");
    }

    private static SearchFacets Facets(FacetCounter counter) => new(
        counter.Kinds.Select(k => (Kind: SearchDocuments.KindNamed(k.Key), k.Value)).Where(k => k.Kind is not null)
            .Select(k => new FacetCount<SearchKind>(k.Kind!.Value, k.Value)).OrderBy(k => k.Value).ToList(),
        counter.Years.OrderByDescending(y => y.Key).Select(y => new FacetCount<int>(y.Key, y.Value)).ToList(),
        counter.Columns.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Select(c => new FacetCount<int>(c.Key, c.Value)).ToList(),
        counter.Statuses.OrderBy(s => s.Key).Select(s => new FacetCount<Core.Consultations.ConsultationStatus>(s.Key, s.Value)).ToList());
}
