using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// Marks the query's matches in a result's title and in a short snippet of its text, as HTML that is safe to insert:
/// the text is encoded (<see cref="HtmlText"/>) and the only tags are <c>&lt;mark&gt;</c>. Matches are found on the
/// character-pair analysis first (it sees 教育 inside 义务教育), then on the words.
/// </summary>
internal sealed class ResultHighlighter(Query query, Analyzer analyzer)
{
    public const int SnippetLength = 110;
    private const int MaxCharsToAnalyze = 20_000;

    private static readonly SimpleHTMLFormatter Marks = new("<mark>", "</mark>");
    private static readonly HtmlText Encoder = new();

    public string Title(string title) =>
        Highlight(SearchFields.Title, title, whole: true) ?? HtmlText.Encode(title);

    public string Snippet(string body, string summary) =>
        Highlight(SearchFields.Body, body, whole: false)
        ?? Highlight(SearchFields.Summary, summary, whole: false)
        ?? HtmlText.Encode(Opening(summary.Length > 0 ? summary : body));

    private string? Highlight(string field, string text, bool whole)
    {
        if (text.Length == 0) return null;
        foreach (var analysed in new[] { field + SearchFields.Pairs, field })
        {
            var scorer = new QueryScorer(query, analysed);
            var highlighter = new Highlighter(Marks, Encoder, scorer)
            {
                TextFragmenter = whole ? new NullFragmenter() : new SimpleSpanFragmenter(scorer, SnippetLength),
                MaxDocCharsToAnalyze = MaxCharsToAnalyze,
            };
            try
            {
                var fragment = highlighter.GetBestFragment(analyzer, analysed, text);
                if (fragment is not null) return whole || fragment.Length >= text.Length ? fragment : Trimmed(fragment, text);
            }
            catch (InvalidTokenOffsetsException)
            {
                // A token past the text's end cannot be marked; the next analysis or the plain opening will do.
            }
        }
        return null;
    }

    /// <summary>Adds an ellipsis where the snippet starts or ends inside the text.</summary>
    private static string Trimmed(string fragment, string text)
    {
        var plain = fragment.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        var starts = text.StartsWith(System.Net.WebUtility.HtmlDecode(plain).TrimStart(), StringComparison.Ordinal);
        return (starts ? "" : "…") + fragment.Trim() + "…";
    }

    private static string Opening(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= SnippetLength ? flat : flat[..SnippetLength] + "…";
    }
}
