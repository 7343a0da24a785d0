namespace Consultation.Core.WorkPoints;

/// <summary>
/// Where the public can check a work point's progress. Government boards often point at other provincial sites, so
/// an absolute <c>https</c> URL is allowed, as is a path on this site starting with a single "/". Everything else —
/// <c>http:</c> (no transport security), <c>javascript:</c>, <c>data:</c>, protocol-relative <c>//host</c>, bare
/// words — is refused, so a public page can never carry a link that runs script or silently downgrades.
/// </summary>
public static class EvidenceLink
{
    public const int MaxLength = 500;

    /// <summary>The link to store, or "" for none; throws <c>workpoint.evidence_invalid</c> for anything unsafe.</summary>
    public static string Normalize(string? text)
    {
        var value = (text ?? "").Trim();
        if (value.Length == 0) return "";
        if (value.Length > MaxLength) throw new DomainException("workpoint.evidence_too_long", MaxLength);
        if (value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)) || value.Contains('\\'))
            throw new DomainException("workpoint.evidence_invalid");
        if (value.StartsWith('/')) return value.StartsWith("//", StringComparison.Ordinal)
            ? throw new DomainException("workpoint.evidence_invalid")
            : value;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            && uri.Host.Length > 0 && string.IsNullOrEmpty(uri.UserInfo))
            return uri.AbsoluteUri;
        throw new DomainException("workpoint.evidence_invalid");
    }
}
