using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// Reads a visitor's query with Lucene's <see cref="SimpleQueryParser"/>, which never throws: words are separated by
/// spaces and "quoted text" is a phrase; nothing else is syntax (<c>*</c>, <c>:</c>, <c>AND</c> are just text). Each
/// word must match (all words: <see cref="Relaxed"/> false) as a SmartCn word or as its run of character pairs, so
/// 教育 finds 义务教育 while 义务教育 never finds 高等教育; the words in their typed order score extra, titles count
/// most, then summaries, then bodies; each word also searches its synonyms' forms.
/// </summary>
public sealed class ChineseQueryParser : SimpleQueryParser
{
    /// <summary>Character pairs only widen recall; a whole-word match counts for more.</summary>
    private const float PairWeight = 0.5f;

    /// <summary>Words typed side by side score this much more when they stand side by side in the text.</summary>
    private const float AdjacencyBonus = 2f;

    private const int MaxTokens = 32;

    private readonly Analyzer _analyzer;
    private readonly SynonymSet _synonyms;

    public ChineseQueryParser(Analyzer analyzer, SynonymSet synonyms, bool relaxed)
        : base(analyzer, SearchFields.Text.ToDictionary(t => t.Field, t => t.Boost),
            Operator.PHRASE_OPERATOR | Operator.WHITESPACE_OPERATOR)
    {
        _analyzer = analyzer;
        _synonyms = synonyms;
        Relaxed = relaxed;
        DefaultOperator = relaxed ? Occur.SHOULD : Occur.MUST;
    }

    /// <summary>
    /// Any of the typed (space-separated) words may match instead of every one: the fallback when the strict query finds
    /// nothing. Each typed word still needs all of its parts, or 义教 would fall apart into 义 and 教 and match anything.
    /// </summary>
    public bool Relaxed { get; }

    protected override Query? NewDefaultQuery(string text) => WithSynonyms(text, Words);

    protected override Query? NewPhraseQuery(string text, int slop) => WithSynonyms(text, Quoted);

    /// <summary>Prefix and fuzzy operators are switched off; should the base class ask anyway, the text is a word.</summary>
    protected override Query? NewPrefixQuery(string text) => NewDefaultQuery(text);

    protected override Query? NewFuzzyQuery(string text, int fuzziness) => NewDefaultQuery(text);

    /// <summary>
    /// The text and its synonym forms, any of which may match. A form that is a whole alternative (双减 → its full
    /// wording) is a fixed expression, so it is matched as a phrase: as precise, and far cheaper than requiring each of
    /// its many words separately. A form with the term replaced inside a longer word keeps the text's own treatment.
    /// </summary>
    private Query? WithSynonyms(string text, Func<string, Query?> build)
    {
        var queries = new[] { build(text) }
            .Concat(_synonyms.Expand(text).Select(form => _synonyms.IsAlternative(form) ? Quoted(form) : build(form)))
            .OfType<Query>().ToList();
        if (queries.Count <= 1) return queries.FirstOrDefault();
        var any = new BooleanQuery(disableCoord: true);
        foreach (var query in queries) any.Add(query, Occur.SHOULD);
        return any;
    }

    /// <summary>An unquoted run of text: every word it splits into must match somewhere; in order they score extra.</summary>
    private Query? Words(string text)
    {
        var words = Tokens(SearchFields.Title, text);
        if (words.Count == 0) return null;
        var runs = TypedRuns.Of(words);
        var each = new BooleanQuery();
        foreach (var part in Parts(words, runs)) each.Add(part, Occur.MUST);
        if (words.Count == 1) return each.Clauses[0].Query;
        // Side by side as typed: every two words typed together are one term of the word-pair field. (A phrase over
        // the character pairs, its positions read in every document that matched the words, was the dearest clause of
        // a query.) A text that is one run already requires exactly that.
        if (runs.Count == 1 || WordPairs(words, 0, words.Count - 1, PairWeight * AdjacencyBonus * 2) is not { } together)
            return each;
        return new BooleanQuery
        {
            { each, Occur.MUST },
            { together, Occur.SHOULD },
        };
    }

    /// <summary>
    /// The parts of an unquoted run, each required: a word on its own as <see cref="Word"/>, and a run of characters
    /// SmartCn could not make words of (see <see cref="TypedRuns"/>) side by side, as its word pairs. What the visitor
    /// typed together belongs together, and single-character clauses that each match most of the index were the
    /// slowest queries of the benchmark.
    /// </summary>
    private IEnumerable<Query> Parts(IReadOnlyList<(string Term, int Position)> words, List<(int Start, int End)> runs)
    {
        foreach (var (start, end) in runs)
        {
            if (start == end) yield return Word(words[start].Term);
            else yield return WordPairs(words, start, end, PairWeight * AdjacencyBonus)!;
        }
    }

    /// <summary>
    /// Words <paramref name="start"/> to <paramref name="end"/> side by side: each two neighbours as one term of
    /// <see cref="SearchFields.WordPairs"/>, all of them required; null if no two of them are neighbours.
    /// </summary>
    private static Query? WordPairs(IReadOnlyList<(string Term, int Position)> words, int start, int end, float boost)
    {
        var pairs = SearchFields.WordPairsOf(words, start, end).Select(pair => new Term(SearchFields.WordPairs, pair)).ToList();
        if (pairs.Count == 0) return null;
        if (pairs.Count == 1) return new TermQuery(pairs[0]) { Boost = boost };
        var all = new BooleanQuery(disableCoord: true) { Boost = boost };
        foreach (var pair in pairs) all.Add(new TermQuery(pair), Occur.MUST);
        return all;
    }

    /// <summary>A quoted phrase: its words side by side, as words or as character pairs.</summary>
    private Query? Quoted(string text)
    {
        var words = Tokens(SearchFields.Title, text);
        var pairs = Tokens(SearchFields.Pairs, text);
        return words.Count == 0 && pairs.Count == 0 ? null : Across(words, pairs, AdjacencyBonus);
    }

    /// <summary>One word, in any text field: as a SmartCn word, or as its character pairs side by side.</summary>
    private Query Word(string word)
    {
        var pairs = Tokens(SearchFields.Pairs, word);
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in SearchFields.Text)
            query.Add(new TermQuery(new Term(field, word)) { Boost = boost }, Occur.SHOULD);
        if (pairs.Count > 0) query.Add(Phrase(SearchFields.Pairs, pairs, PairWeight), Occur.SHOULD);
        return query;
    }

    private static Query Across(IReadOnlyList<(string Term, int Position)> words,
        IReadOnlyList<(string Term, int Position)>? pairs, float bonus)
    {
        var query = new BooleanQuery(disableCoord: true);
        if (words.Count > 0)
        {
            foreach (var (field, boost) in SearchFields.Text) query.Add(Phrase(field, words, boost * bonus), Occur.SHOULD);
        }
        if (pairs is { Count: > 0 }) query.Add(Phrase(SearchFields.Pairs, pairs, PairWeight), Occur.SHOULD);
        return query;
    }

    private static Query Phrase(string field, IReadOnlyList<(string Term, int Position)> tokens, float boost)
    {
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0].Term)) { Boost = boost };
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var (term, position) in tokens) phrase.Add(new Term(field, term), position);
        return phrase;
    }

    private List<(string Term, int Position)> Tokens(string field, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = _analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken() && tokens.Count < MaxTokens)
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }
        stream.End();
        return tokens;
    }
}
