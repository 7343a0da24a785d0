using Consultation.Core.Search;

namespace Consultation.Infrastructure.Search;

/// <summary>The administrator's synonyms as the query parser uses them: a term found in a query also searches its alternatives.</summary>
public sealed class SynonymSet
{
    /// <summary>At most this many rewritten forms per query word, however many lines match.</summary>
    private const int MaxForms = 8;

    private readonly IReadOnlyList<(string Term, IReadOnlyList<string> Alternatives)> _lines;

    public SynonymSet(IEnumerable<(string Term, IReadOnlyList<string> Alternatives)> lines) =>
        _lines = lines.Select(l => (TextFolding.Fold(l.Term), (IReadOnlyList<string>)l.Alternatives.Select(TextFolding.Fold).ToList()))
            .Where(l => l.Item1.Length > 0).OrderByDescending(l => l.Item1.Length).ToList();

    public static SynonymSet Empty { get; } = new([]);

    public static SynonymSet From(IEnumerable<SearchSynonym> synonyms) =>
        new(synonyms.Select(s => (s.Term, s.Alternatives)));

    public int Count => _lines.Count;

    /// <summary>Whether <paramref name="form"/> is exactly one of the alternatives (a fixed expression, not a rewritten word).</summary>
    public bool IsAlternative(string form) =>
        _lines.Any(l => l.Alternatives.Contains(form, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Other forms of one query word: every line whose term occurs in it (义教阶段 contains 义教) gives the word with
    /// the term replaced by each alternative (义务教育阶段). Chinese is written without spaces, so terms match inside words.
    /// </summary>
    public IReadOnlyList<string> Expand(string word)
    {
        var folded = TextFolding.Fold(word);
        var forms = new List<string>();
        foreach (var (term, alternatives) in _lines)
        {
            if (!folded.Contains(term, StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var alternative in alternatives)
            {
                var form = folded.Replace(term, alternative, StringComparison.OrdinalIgnoreCase);
                if (form != folded && !forms.Contains(form)) forms.Add(form);
                if (forms.Count >= MaxForms) return forms;
            }
        }
        return forms;
    }
}
