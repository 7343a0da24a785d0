using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// Splits Chinese into overlapping character pairs (义务 务教 教育), after <see cref="TextFolding"/>. Indexed beside the
/// words so a search for 教育 still finds 义务教育, ranked below documents that use 教育 as a word of its own.
/// </summary>
public sealed class ChineseBigramAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(SearchIndex.Version, reader);
        TokenStream result = new CJKWidthFilter(tokenizer);
        result = new LowerCaseFilter(SearchIndex.Version, result);
        result = new CJKBigramFilter(result);
        return new TokenStreamComponents(tokenizer, result);
    }

    /// <summary>Title, summary and body share the pair field: a gap keeps a phrase from running from one into the next.</summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        TextFolding.Reader(reader);
}
