using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// A text's SmartCn words, analysed once and handed to the index twice: as the words of their own field and as the
/// word pairs of <see cref="SearchFields.WordPairs"/>. SmartCn is most of the cost of indexing; running it a second
/// time for the pairs would nearly halve the rate of a rebuild.
/// </summary>
internal sealed class AnalysedText
{
    private readonly List<(string Term, int Increment)> _words = [];

    private AnalysedText()
    {
    }

    public static AnalysedText Of(Analyzer analyzer, string field, string text)
    {
        var analysed = new AnalysedText();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) analysed._words.Add((term.ToString(), increment.PositionIncrement));
        stream.End();
        return analysed;
    }

    /// <summary>The words with their positions, as the field's analyzer gave them.</summary>
    public TokenStream Words() => new Replay(_words);

    /// <summary>Each two words that stand side by side (a stop word or punctuation between them breaks the pair).</summary>
    public TokenStream WordPairs()
    {
        var placed = new List<(string Term, int Position)>(_words.Count);
        var position = -1;
        foreach (var (term, increment) in _words) placed.Add((term, position += increment));
        return new Replay([.. SearchFields.WordPairsOf(placed, 0, placed.Count - 1).Select(pair => (pair, 1))]);
    }

    private sealed class Replay : TokenStream
    {
        private readonly IReadOnlyList<(string Term, int Increment)> _tokens;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private int _next;

        public Replay(IReadOnlyList<(string Term, int Increment)> tokens)
        {
            _tokens = tokens;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next >= _tokens.Count) return false;
            ClearAttributes();
            var (term, increment) = _tokens[_next++];
            _term.SetEmpty().Append(term);
            _increment.PositionIncrement = increment;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
