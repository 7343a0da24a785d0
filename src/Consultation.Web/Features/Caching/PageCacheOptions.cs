namespace Consultation.Web.Features.Caching;

/// <summary>The <c>PageCache</c> section: how long anonymous public pages are kept by the site and by a proxy.</summary>
public sealed class PageCacheOptions
{
    public const string Section = "PageCache";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Safety net after which the site renders a page again even without an eviction. It also bounds how long a
    /// change that no save announces (a consultation opening or closing at its date) can be shown late.
    /// </summary>
    public int ExpirationSeconds { get; set; } = 60;

    /// <summary><c>s-maxage</c> for a reverse proxy (browsers get <c>max-age=0</c>); 0 sends <c>no-cache</c> (revalidate every time).</summary>
    public int ProxyMaxAgeSeconds { get; set; } = 60;
}
