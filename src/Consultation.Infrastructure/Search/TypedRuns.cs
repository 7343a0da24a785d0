using System.Globalization;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// Splits the SmartCn words of one typed word into the parts a query requires separately. A Chinese character that
/// SmartCn leaves on its own (it knows no word for 鲁教办字, 义教 or 课后; 个 in 10个工作日) is kept together with the
/// characters and the word typed right beside it, as a run to be found side by side; every other word stands alone.
/// </summary>
internal static class TypedRuns
{
    /// <summary>Index ranges (inclusive) into <paramref name="words"/>, in order, covering every word once.</summary>
    public static List<(int Start, int End)> Of(IReadOnlyList<(string Term, int Position)> words)
    {
        var runs = new List<(int Start, int End)>();
        var i = 0;
        while (i < words.Count)
        {
            if (!IsLoneCharacter(words[i].Term))
            {
                runs.Add((i, i));
                i++;
                continue;
            }
            var end = i;
            while (end + 1 < words.Count && IsLoneCharacter(words[end + 1].Term) && Beside(words, end)) end++;
            var start = i;
            if (start == end)
            {
                // One character alone joins the Chinese word typed beside it (个 + 工作日), the following one first.
                if (end + 1 < words.Count && IsChineseWord(words[end + 1].Term) && Beside(words, end)) end++;
                else if (runs.Count > 0 && runs[^1] is var (s, e) && s == e && e == start - 1
                         && IsChineseWord(words[e].Term) && Beside(words, e))
                {
                    runs.RemoveAt(runs.Count - 1);
                    start = s;
                }
            }
            runs.Add((start, end));
            i = end + 1;
        }
        return runs;
    }

    private static bool Beside(IReadOnlyList<(string Term, int Position)> words, int i) =>
        words[i + 1].Position == words[i].Position + 1;

    private static bool IsLoneCharacter(string term) => term.Length == 1 && IsChinese(term[0]);

    private static bool IsChineseWord(string term) => term.Length > 1 && term.All(IsChinese);

    private static bool IsChinese(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter;
}
