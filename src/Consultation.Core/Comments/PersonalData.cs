using System.Text.RegularExpressions;

namespace Consultation.Core.Comments;

/// <summary>
/// Personal data people type into a comment body without meaning to publish it: mainland mobile numbers, 18-digit
/// 居民身份证 numbers (only those whose check digit is right, so long amounts are not taken for IDs) and e-mail
/// addresses. Found to hold the comment for an editor or to mask them in the public text, as configured.
/// </summary>
public static partial class PersonalData
{
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdCheckDigits = "10X98765432";

    public static bool Contains(string text) => Matches(text).Any();

    /// <summary>The text with every piece of personal data replaced by asterisks, keeping its first and last characters.</summary>
    public static string Mask(string text)
    {
        var result = text;
        // Merged first: "13812345678@qq.com" is both a mobile number and an e-mail address.
        foreach (var (start, end) in Enumerable.Reverse(Spans(text)))
            result = result[..start] + Masked(text[start..end]) + result[end..];
        return result;
    }

    private static List<(int Start, int End)> Spans(string text)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var m in Matches(text).OrderBy(m => m.Index))
        {
            if (spans.Count > 0 && m.Index <= spans[^1].End)
                spans[^1] = (spans[^1].Start, Math.Max(spans[^1].End, m.Index + m.Length));
            else
                spans.Add((m.Index, m.Index + m.Length));
        }
        return spans;
    }

    public static IEnumerable<Match> Matches(string text)
    {
        foreach (Match m in Mobile().Matches(text)) yield return m;
        foreach (Match m in IdNumber().Matches(text)) if (HasValidCheckDigit(m.Value)) yield return m;
        foreach (Match m in Email().Matches(text)) yield return m;
    }

    /// <summary>GB 11643: the 18th character is fixed by the weighted sum of the first 17 digits.</summary>
    public static bool HasValidCheckDigit(string id)
    {
        if (id.Length != 18) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(id[i])) return false;
            sum += (id[i] - '0') * IdWeights[i];
        }
        return char.ToUpperInvariant(id[17]) == IdCheckDigits[sum % 11];
    }

    private static string Masked(string value) =>
        value.Length <= 4 ? new string('*', value.Length) : value[..3] + new string('*', value.Length - 5) + value[^2..];

    /// <summary>11 digits from 13–19, as people write them: with +86 or 86 before, spaces or hyphens in 3-4-4 groups.</summary>
    [GeneratedRegex(@"(?<![0-9])(?:(?:\+|00)?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9])")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<![0-9Xx])[1-9][0-9]{16}[0-9Xx](?![0-9Xx])")]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();
}
