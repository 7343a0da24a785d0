namespace Consultation.Core;

/// <summary>
/// The one trimming rule for text typed into a form: surrounding space goes, blank means absent, and too long is
/// refused with the feature's message key (arguments: the maximum).
/// </summary>
public static class TextField
{
    public static string? Optional(string? value, int max, string tooLongKey)
    {
        var trimmed = value?.Trim();
        if (trimmed?.Length > max) throw new DomainException(tooLongKey, max);
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    public static string Required(string? value, int max, string missingKey, string tooLongKey) =>
        Optional(value, max, tooLongKey) ?? throw new DomainException(missingKey);
}
