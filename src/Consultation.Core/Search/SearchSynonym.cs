namespace Consultation.Core.Search;

/// <summary>
/// One line of the administrator's synonym list: searching for <see cref="Term"/> (e.g. 义教) also finds the
/// <see cref="Alternatives"/> (义务教育). One way only, as abbreviations are; add the reverse line when wanted.
/// </summary>
public sealed class SearchSynonym
{
    public const int MaxTermLength = 30;
    public const int MaxAlternatives = 10;

    /// <summary>Separators an administrator may type between alternatives: comma, Chinese comma, 、, semicolon, space.</summary>
    private static readonly char[] Separators = [',', '，', '、', ';', '；', ' ', '\n', '\r', '\t'];

    private SearchSynonym() { }

    public int Id { get; private set; }
    public string Term { get; private set; } = "";
    /// <summary>The alternatives, joined by <c>,</c>.</summary>
    public string AlternativesText { get; private set; } = "";

    public IReadOnlyList<string> Alternatives => AlternativesText.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static SearchSynonym Create(string? term, string? alternatives)
    {
        var t = SearchText.Clean(term);
        if (t.Length == 0) throw new DomainException("synonym.term_required");
        if (t.Length > MaxTermLength || t.Contains(' ')) throw new DomainException("synonym.term_invalid", MaxTermLength);
        var list = (alternatives ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Select(SearchText.Clean).Where(a => a.Length > 0 && a != t).Distinct().ToList();
        if (list.Count == 0) throw new DomainException("synonym.alternatives_required");
        if (list.Count > MaxAlternatives || list.Any(a => a.Length > MaxTermLength))
            throw new DomainException("synonym.alternatives_invalid", MaxAlternatives, MaxTermLength);
        return new SearchSynonym { Term = t, AlternativesText = string.Join(',', list) };
    }
}
