using System.Net;

namespace Consultation.Core.Inspection;

/// <summary>Turns an <c>href</c> or <c>src</c> found on a page into the site path to check, or null when it is not one.</summary>
public static class CrawlPath
{
    private static readonly Uri Site = new("http://site.invalid/");

    /// <summary>
    /// Resolves <paramref name="reference"/> (HTML-encoded, as it stands in the page) against <paramref name="page"/>.
    /// Other hosts, <c>mailto:</c> and similar schemes, fragments alone and the <paramref name="skipPrefixes"/> are not
    /// followed; the fragment of a followed link is dropped.
    /// </summary>
    public static string? Resolve(string reference, string page, IReadOnlyList<string> skipPrefixes)
    {
        var value = WebUtility.HtmlDecode(reference).Trim();
        if (value.Length == 0 || value.StartsWith('#')) return null;
        if (!Uri.TryCreate(new Uri(Site, page), value, out var target)) return null;
        if (target.Scheme != Site.Scheme || target.Authority != Site.Authority) return null;
        var path = target.PathAndQuery;
        if (path.Length > CrawledLink.MaxPathLength) return null;
        return skipPrefixes.Any(p => path == p || path.StartsWith(p + "/", StringComparison.OrdinalIgnoreCase)
                                     || path.StartsWith(p + "?", StringComparison.OrdinalIgnoreCase))
            ? null
            : path;
    }
}
