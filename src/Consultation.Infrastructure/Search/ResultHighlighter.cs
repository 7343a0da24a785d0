using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// Marks the query's matches in a result's title and in a short snippet of its text, as HTML that is safe to insert:
/// the text is encoded (<see cref="HtmlText"/>) and the only tags are <c>&lt;mark&gt;</c>. The snippet is the stretch
/// of text around the first match, found with a plain string search for the query's terms, so a 200,000-character
/// article costs no more to highlight than a short one; Lucene's highlighter then marks the terms in that stretch,
/// on the character-pair analysis first (it sees 教育 inside 义务教育), else on the SmartCn words. Words the query
/// looks up side by side (<see cref="SearchFields.WordPairs"/>) are marked as their character pairs.
/// </summary>
internal sealed class ResultHighlighter(Query searched, Analyzer analyzer)
{
    public const int SnippetLength = 110;

    /// <summary>How much text before the first match the snippet shows.</summary>
    private const int Lead = 30;

    private static readonly SimpleHTMLFormatter Marks = new("<mark>", "</mark>");
    private static readonly HtmlText Encoder = new();

    /// <summary>The query's terms per analysed field, extracted once for all the page's results.</summary>
    private readonly Dictionary<string, QueryTermScorer?> _scorers = [];
    private readonly Dictionary<string, string[]> _terms = [];
    private readonly Query _query = WithPairsOfWordPairs(searched, analyzer);

    public string Title(string title) => Highlight(SearchFields.Title, title) ?? HtmlText.Encode(title);

    public string Snippet(string body, string summary)
    {
        foreach (var (field, text) in new[] { (SearchFields.Body, body), (SearchFields.Summary, summary) })
        {
            if (FirstMatch(field, text) is not { } at) continue;
            var start = Math.Max(0, at - Lead);
            var end = Math.Min(text.Length, start + SnippetLength);
            if (start > 0 && char.IsLowSurrogate(text[start])) start--;
            if (end < text.Length && char.IsHighSurrogate(text[end - 1])) end--;
            var window = Flat(text[start..end]);
            var marked = Highlight(field, window) ?? HtmlText.Encode(window);
            return (start > 0 ? "…" : "") + marked + (end < text.Length ? "…" : "");
        }
        var opening = Flat(summary.Length > 0 ? summary : body);
        return HtmlText.Encode(opening.Length <= SnippetLength ? opening : opening[..SnippetLength] + "…");
    }

    /// <summary>The text with its marks: character pairs first, then words; null if neither analysis finds a term.</summary>
    private string? Highlight(string field, string text)
    {
        if (text.Length == 0) return null;
        foreach (var analysed in new[] { SearchFields.Pairs, field })
        {
            if (ScorerFor(analysed) is not { } scorer) continue;
            var highlighter = new Highlighter(Marks, Encoder, scorer) { TextFragmenter = new NullFragmenter() };
            try
            {
                if (highlighter.GetBestFragment(analyzer, analysed, text) is { } marked) return marked;
            }
            catch (InvalidTokenOffsetsException)
            {
                // A token past the text's end cannot be marked; the other analysis or the plain text will do.
            }
        }
        return null;
    }

    /// <summary>Where the first of the query's terms for this field occurs in the (folded) text, if anywhere.</summary>
    private int? FirstMatch(string field, string text)
    {
        if (text.Length == 0) return null;
        var folded = TextFolding.Fold(text);
        int? first = null;
        foreach (var term in TermsOf(SearchFields.Pairs).Concat(TermsOf(field)))
        {
            var at = folded.IndexOf(term, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (first is null || at < first)) first = at;
        }
        return first;
    }

    private string[] TermsOf(string field)
    {
        if (_terms.TryGetValue(field, out var known)) return known;
        return _terms[field] = QueryTermExtractor.GetTerms(_query, false, field).Select(t => t.Term)
            .Where(t => t.Length > 0).Distinct().ToArray();
    }

    private QueryTermScorer? ScorerFor(string field)
    {
        if (_scorers.TryGetValue(field, out var known)) return known;
        var scorer = new QueryTermScorer(_query, field);
        return _scorers[field] = scorer.MaxTermWeight > 0 ? scorer : null;
    }

    /// <summary>The query plus, for each word pair it looks up, that stretch of text as character pairs.</summary>
    private static Query WithPairsOfWordPairs(Query query, Analyzer analyzer)
    {
        var wordPairs = QueryTermExtractor.GetTerms(query, false, SearchFields.WordPairs);
        if (wordPairs.Length == 0) return query;
        var marked = new BooleanQuery(disableCoord: true) { { query, Occur.SHOULD } };
        foreach (var pair in wordPairs)
        {
            using var stream = analyzer.GetTokenStream(SearchFields.Pairs,
                pair.Term.Replace(SearchFields.WordPairSeparator, "", StringComparison.Ordinal));
            var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
                marked.Add(new TermQuery(new Lucene.Net.Index.Term(SearchFields.Pairs, term.ToString())) { Boost = pair.Weight }, Occur.SHOULD);
            stream.End();
        }
        return marked;
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
