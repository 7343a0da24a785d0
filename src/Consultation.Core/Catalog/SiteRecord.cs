using System.Globalization;

namespace Consultation.Core.Catalog;

/// <summary>
/// A pointer to one of the site's own records, written <c>kind:id</c> (e.g. <c>consultation:3</c>). Catalog links are
/// built from these, never typed, so a moved page or a withdrawn record can never leave a broken link behind.
/// </summary>
public sealed record SiteRecord(SiteRecordKind Kind, int Id)
{
    public override string ToString() =>
        $"{Kind.ToString().ToLowerInvariant()}:{Id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Reads a chosen record; empty means "no link". Anything looking like a URL is refused outright.</summary>
    public static SiteRecord? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = text.Trim();
        if (LooksLikeUrl(value)) throw new DomainException("catalog.typed_url_refused");
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0
            || !Enum.TryParse<SiteRecordKind>(value[..colon], ignoreCase: true, out var kind)
            || !Enum.IsDefined(kind)
            || !int.TryParse(value[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || id <= 0)
            throw new DomainException("catalog.record_unknown");
        return new SiteRecord(kind, id);
    }

    private static bool LooksLikeUrl(string value) =>
        value.Contains("://", StringComparison.Ordinal) || value.StartsWith('/') || value.StartsWith("www.",
            StringComparison.OrdinalIgnoreCase) || value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
}
