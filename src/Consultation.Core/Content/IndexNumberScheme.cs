using System.Globalization;

namespace Consultation.Core.Content;

/// <summary>
/// 索引号 in the scheme of the department's published documents: its unified social credit code, the year and a
/// five-digit sequence (<c>11370000004502323D/2026-00012</c>). An article saved without one gets the next free number
/// of its year; a later version saved without one keeps the article's (see <see cref="Article.Revise"/>).
/// </summary>
public static class IndexNumberScheme
{
    /// <summary>统一社会信用代码 of 山东省教育厅, as its published 索引号 carry it.</summary>
    public const string Organisation = "11370000004502323D";

    public static string PrefixOf(int year) => $"{Organisation}/{year.ToString(CultureInfo.InvariantCulture)}-";

    public static string Next(int year, IEnumerable<string> taken)
    {
        var prefix = PrefixOf(year);
        var used = taken.Where(t => t.StartsWith(prefix, StringComparison.Ordinal))
            .Select(t => int.TryParse(t[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return prefix + (used + 1).ToString("00000", CultureInfo.InvariantCulture);
    }

    /// <summary>The content with <paramref name="indexNumber"/> when the editor left 索引号 empty.</summary>
    public static ArticleContent Filled(ArticleContent content, Func<string> indexNumber) =>
        string.IsNullOrWhiteSpace(content.Metadata.IndexNumber)
            ? content with { Metadata = content.Metadata with { IndexNumber = indexNumber() } }
            : content;
}
