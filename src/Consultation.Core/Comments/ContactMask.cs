namespace Consultation.Core.Comments;

/// <summary>Masks contact details for lists: <c>13812341234</c> → <c>138****1234</c>, <c>li@example.cn</c> → <c>l***@example.cn</c>.</summary>
public static class ContactMask
{
    public static string Mask(string? contact)
    {
        var value = (contact ?? "").Trim();
        if (value.Length == 0) return "";
        var at = value.IndexOf('@');
        if (at > 0) return value[..1] + "***" + value[at..];
        var digits = value.Where(char.IsAsciiDigit).ToArray();
        if (digits.Length >= 7) return new string(digits[..3]) + "****" + new string(digits[^4..]);
        return new string('*', Math.Min(value.Length, 8));
    }
}
