using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// The index's fields. Each text field is indexed twice: as words (<see cref="ChineseWordAnalyzer"/>) and as
/// character pairs (<see cref="ChineseBigramAnalyzer"/>, field name + <see cref="Pairs"/>).
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

    public const string Pairs = ".cjk";

    /// <summary>Field boosts: a word in the title counts most, then the summary, then the body.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Text =
        [(Title, 8f), (Summary, 3f), (Body, 1f)];

    public static Analyzer CreateAnalyzer()
    {
        var pairs = new ChineseBigramAnalyzer();
        return new PerFieldAnalyzerWrapper(new ChineseWordAnalyzer(),
            Text.ToDictionary(t => t.Field + Pairs, Analyzer (_) => pairs));
    }
}
