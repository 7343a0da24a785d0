using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// The index's fields. Title, summary and body are indexed as words (<see cref="ChineseWordAnalyzer"/>), each with its
/// boost, and all three together once more as character pairs in <see cref="Pairs"/> (<see cref="ChineseBigramAnalyzer"/>):
/// one pair field rather than three keeps every query a third lighter; pairs only widen recall, so they need no boost.
/// <see cref="WordPairs"/> holds each two SmartCn words side by side (意见 采纳) as one term, without positions: words
/// typed together are looked up as such terms instead of as phrases.
/// </summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Subject = "subject";
    public const string Kind = "kind";
    public const string KindValues = "kind_dv";
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Body = "body";
    public const string Url = "url";
    public const string Context = "context";
    public const string Date = "date";
    public const string DateStored = "date_s";
    public const string Year = "year";
    public const string Column = "column";
    public const string Opens = "opens";
    public const string Closes = "closes";
    public const string Reported = "reported";

    public const string Pairs = "text.cjk";

    /// <summary>Two words side by side in title, summary or body, as one term: <see cref="WordPair"/>.</summary>
    public const string WordPairs = "text.adj";

    public const string WordPairSeparator = " ";

    /// <summary>The <see cref="WordPairs"/> term of two words that stand side by side.</summary>
    public static string WordPair(string first, string second) => first + WordPairSeparator + second;

    /// <summary>
    /// The <see cref="WordPairs"/> terms of words <paramref name="start"/> to <paramref name="end"/>: each two at
    /// neighbouring positions. A stop word or punctuation between two words leaves a gap, so they make no pair. The one
    /// rule for the index (<see cref="AnalysedText"/>) and the query (<see cref="ChineseQueryParser"/>).
    /// </summary>
    public static IEnumerable<string> WordPairsOf(IReadOnlyList<(string Term, int Position)> words, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (words[i + 1].Position == words[i].Position + 1) yield return WordPair(words[i].Term, words[i + 1].Term);
        }
    }

    /// <summary>Field boosts: a word in the title counts most, then the summary, then the body.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Text =
        [(Title, 8f), (Summary, 3f), (Body, 1f)];

    public static Analyzer CreateAnalyzer()
    {
        return new PerFieldAnalyzerWrapper(new ChineseWordAnalyzer(),
            new Dictionary<string, Analyzer> { [Pairs] = new ChineseBigramAnalyzer() });
    }
}
