using System.Text;

namespace Consultation.Infrastructure.Media;

/// <summary>
/// Gives SVG and HTML their own refusal message. Both are refused anyway (they are not on the accepted list), but an
/// editor told "SVG can carry scripts" knows what to do next; one told "unknown type" does not.
/// </summary>
internal static class MarkupSignature
{
    private static readonly string[] HtmlMarkers =
        ["<!doctype html", "<html", "<head", "<body", "<script", "<iframe", "<meta", "<title", "<a ", "<img", "<div", "<p>"];

    private static ReadOnlySpan<byte> Utf16Le => [0xFF, 0xFE];
    private static ReadOnlySpan<byte> Utf16Be => [0xFE, 0xFF];

    /// <summary>A message key, or null when the bytes do not look like markup.</summary>
    public static string? RefusalFor(ReadOnlySpan<byte> head)
    {
        var text = Decode(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (text.Contains("<svg", StringComparison.Ordinal)) return "media.refused_svg";
        if (HtmlMarkers.Any(m => text.Contains(m, StringComparison.Ordinal))) return "media.refused_html";
        return null;
    }

    /// <summary>Markup is usually UTF-8; a UTF-16 file is recognised by its byte-order mark.</summary>
    private static string Decode(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(Utf16Le)) return Encoding.Unicode.GetString(head[2..]);
        if (head.StartsWith(Utf16Be)) return Encoding.BigEndianUnicode.GetString(head[2..]);
        return Encoding.UTF8.GetString(head);
    }
}
