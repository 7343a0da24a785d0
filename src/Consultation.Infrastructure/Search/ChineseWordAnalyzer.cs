using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Util;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// Splits text into words as SmartCn does (HMM segmentation: 义务教育 | 阶段 | 学校; English lower-cased and stemmed),
/// after <see cref="TextFolding"/>. Precise: 义务教育 is one word, so a search for it does not match 高等教育.
/// </summary>
public sealed class ChineseWordAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new HMMChineseTokenizer(reader);
        TokenStream result = new LowerCaseFilter(SearchIndex.Version, tokenizer);
        result = new StopFilter(SearchIndex.Version, result, SmartChineseAnalyzer.DefaultStopSet);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(tokenizer, result);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        TextFolding.Reader(reader);
}
