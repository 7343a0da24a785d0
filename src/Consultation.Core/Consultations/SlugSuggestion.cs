using System.Globalization;

namespace Consultation.Core.Consultations;

/// <summary>
/// 网址标识 suggested for a new draft: the year and the next free sequence number (<c>2026-003</c>). Chinese titles
/// cannot be romanised offline, and a short dated number is stable, readable aloud on the phone and never clashes.
/// </summary>
public static class SlugSuggestion
{
    public static string Next(int year, IEnumerable<string> taken)
    {
        var prefix = year.ToString(CultureInfo.InvariantCulture) + "-";
        var used = taken.Where(s => s.StartsWith(prefix, StringComparison.Ordinal))
            .Select(s => int.TryParse(s[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return prefix + (used + 1).ToString("000", CultureInfo.InvariantCulture);
    }
}
