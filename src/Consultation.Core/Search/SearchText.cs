using System.Globalization;
using System.Text;

namespace Consultation.Core.Search;

/// <summary>
/// What a visitor typed, made safe to search with: whatever arrives (control characters, lone surrogates, ten
/// thousand characters, full-width letters) becomes ordinary text of at most <see cref="MaxLength"/> characters, and
/// cleaning never throws. Syntax characters stay: the query parser gives them their meaning or none.
/// </summary>
public static class SearchText
{
    /// <summary>The longest query kept; longer input is cut here, and the page says so.</summary>
    public const int MaxLength = 100;

    public static string Clean(string? input) => Cleaned(input).Text;

    /// <summary>The cleaned text, and whether the input had to be shortened to fit <see cref="MaxLength"/>.</summary>
    public static (string Text, bool Shortened) Cleaned(string? input)
    {
        if (string.IsNullOrEmpty(input)) return ("", false);
        // Look at a bounded prefix only: a megabyte of input costs no more than a long query.
        var window = input.Length > MaxLength * 4 ? input[..(MaxLength * 4)] : input;
        var text = new StringBuilder(window.Length);
        for (var i = 0; i < window.Length; i++)
        {
            var c = window[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < window.Length && char.IsLowSurrogate(window[i + 1]);
            if (!pair && char.IsSurrogate(c)) continue; // a lone half of a pair is not a character
            var category = pair ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, window[i + 1]))
                : CharUnicodeInfo.GetUnicodeCategory(c);
            if (c == '\uFFFD' || category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned)
                text.Append(' ');
            else if (pair)
                text.Append(c).Append(window[i + 1]);
            else
                text.Append(c);
            if (pair) i++;
        }
        var normalised = string.Join(' ', Folded(text.ToString()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var shortened = input.Length > window.Length || normalised.Length > MaxLength;
        if (normalised.Length > MaxLength)
        {
            var cut = MaxLength;
            if (char.IsHighSurrogate(normalised[cut - 1])) cut--;
            normalised = normalised[..cut].TrimEnd();
        }
        return (normalised, shortened);
    }

    /// <summary>NFKC folds full-width letters and digits (ＰＤＦ, ２０２５) to the forms documents are indexed with.</summary>
    private static string Folded(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return text; // only ill-formed text is refused, and none is left by now; searching unfolded beats failing
        }
    }
}
