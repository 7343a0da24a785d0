using Consultation.Core.Adoption;
using Consultation.Infrastructure.Search;
using Lucene.Net.Analysis.TokenAttributes;

namespace Consultation.Infrastructure.Adoption;

/// <summary>
/// Segments comments with <see cref="ChineseWordAnalyzer"/>, the analyzer of site search, and drops the words every
/// comment uses whatever its point (建议, 希望, 我们, 的 …) and single characters other than a few that turn a point
/// round (不, 无, 禁). SmartCn splits a word it does not know (校车, 午休室) into single characters; adjacent single
/// characters are joined back into one word so the comments that use it still share it. Thread-safe: the analyzer
/// keeps one token stream per thread.
/// </summary>
public sealed class CommentSegmenter : IWordSegmenter, IDisposable
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "建议", "希望", "认为", "觉得", "应该", "应当", "可以", "能够", "需要", "进一步", "我们", "你们", "他们", "自己",
        "这个", "那个", "这些", "那些", "一个", "一些", "有些", "这样", "那样", "如何", "怎么", "什么", "还是", "或者",
        "以及", "并且", "而且", "但是", "因为", "所以", "如果", "虽然", "对于", "关于", "其中", "目前", "现在", "已经",
        "非常", "特别", "比较", "一定", "尽快", "真的", "一下", "有关", "相关", "问题", "情况", "方面", "规定", "条款",
        "本条", "第", "条", "款", "项", "能否", "是否", "请", "望",
    };

    private static readonly HashSet<string> MeaningfulSingles = new(StringComparer.Ordinal) { "不", "无", "禁", "免", "减", "增" };

    /// <summary>Characters that carry no point of their own and end a run of single characters.</summary>
    private const string FunctionCharacters = "的了是在和与及对把被也都就还很而又等着过吗呢吧啊我你他她它这那有要会能让给从到向为以";

    private readonly ChineseWordAnalyzer _analyzer = new();

    public IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var run = new System.Text.StringBuilder();
        var runEnd = -1;
        using var stream = _analyzer.GetTokenStream("body", text ?? "");
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            var single = word.Length == 1 && !char.IsAsciiLetterOrDigit(word[0]);
            if (!single || offset.StartOffset != runEnd || FunctionCharacters.Contains(word[0])) EndRun(run, words);
            if (single)
            {
                if (!FunctionCharacters.Contains(word[0])) run.Append(word);
                runEnd = offset.EndOffset;
                continue;
            }
            if (!StopWords.Contains(word)) words.Add(word);
        }
        stream.End();
        EndRun(run, words);
        return words;
    }

    /// <summary>A run of two or more single characters is one unknown word; a lone one counts only if it turns a point round.</summary>
    private static void EndRun(System.Text.StringBuilder run, List<string> words)
    {
        var word = run.ToString();
        run.Clear();
        if (word.Length >= 2 ? !StopWords.Contains(word) : MeaningfulSingles.Contains(word)) words.Add(word);
    }

    public void Dispose() => _analyzer.Dispose();
}
