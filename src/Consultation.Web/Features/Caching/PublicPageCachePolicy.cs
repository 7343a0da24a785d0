using System.Globalization;
using Consultation.Infrastructure.Caching;
using Consultation.Web.Features.Accessibility;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Consultation.Web.Features.Caching;

/// <summary>
/// The output-cache base policy: anonymous GETs of public pages are kept per culture, per normalised 长者模式 settings
/// and per query, tagged <see cref="PublicPages.Tag"/> so a save that changes what they show evicts them. Signed-in
/// visitors, the back office, personal pages (receipts, previews, subscriptions) and anything that sets a cookie, says
/// <c>no-store</c> or is not a 200 page, feed or JSON document are never stored.
/// </summary>
public sealed class PublicPageCachePolicy(IOptions<PageCacheOptions> options,
    IOptionsMonitor<CookieAuthenticationOptions> cookies) : IOutputCachePolicy
{
    private static readonly object CachedMarker = new();

    /// <summary>
    /// Paths that are personal, change state on GET, hand out secrets or have their own caching — and search, whose
    /// results come from this node's own index: it applies a change after the save that evicts (and after a rebuild),
    /// so a result page cached in between would outlive the change.
    /// </summary>
    private static readonly string[] NeverCached =
    [
        "/admin", "/api", "/forms", "/captcha", "/receipt", "/preview", "/subscribe", "/subscriptions", "/unsubscribe", "/accessibility",
        "/language", "/error", "/open-data/downloads", "/audit-chain", "/audit-chain.json", "/search",
    ];

    private static readonly string[] StoredTypes = ["text/html", "application/atom+xml", "application/json"];

    /// <summary>True while rendering a page that may be stored: forms then leave the per-visitor token out.</summary>
    public static bool IsCacheable(HttpContext context) => context.Items.ContainsKey(CachedMarker);

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var settings = options.Value;
        if (!settings.Enabled || !Cacheable(http.Request))
        {
            // Signed-in and personal answers must not be kept by a proxy or the browser either.
            http.Response.OnStarting(() =>
            {
                if (string.IsNullOrEmpty(http.Response.Headers.CacheControl)) http.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            return ValueTask.CompletedTask;
        }

        http.Items[CachedMarker] = true;
        http.Response.OnStarting(() =>
        {
            // Set as the response starts (also when replayed from the cache): only what would be stored is public.
            if (Storable(http.Response)) ForProxies(http.Response.Headers, settings.ProxyMaxAgeSeconds);
            return Task.CompletedTask;
        });
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(settings.ExpirationSeconds);
        context.Tags.Add(PublicPages.Tag);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = AccessibilityPartialHeader;
        // What the page is rendered with, not the raw cookies: equal choices written differently share one entry.
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        context.CacheVaryByRules.VaryByValues["a11y"] = AccessibilitySettings.From(http.Request).ToCookieValue();
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;

    /// <summary>Runs once the response is complete (headers already sent): only decides whether to store it.</summary>
    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.EnableOutputCaching && !Storable(context.HttpContext.Response)) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    private static bool Storable(HttpResponse response)
    {
        var cacheControl = response.Headers.CacheControl.ToString();
        return response.StatusCode == StatusCodes.Status200OK
               && response.Headers.SetCookie.Count == 0
               && !cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
               && !cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase)
               && StoredTypes.Any(t => response.ContentType?.StartsWith(t, StringComparison.OrdinalIgnoreCase) == true);
    }

    private static void ForProxies(IHeaderDictionary headers, int maxAge)
    {
        // Browsers revalidate every time (max-age=0): an eviction must reach a reader who navigates back within the
        // minute; only a shared proxy, which can be purged, keeps the page for s-maxage.
        headers.CacheControl = maxAge > 0 ? $"public, max-age=0, s-maxage={maxAge}" : "no-cache";
        // Culture and 长者模式 come from cookies (never from Accept-Language), so a proxy must key on Cookie; response
        // compression adds Accept-Encoding itself.
        if (!headers.Vary.Any(v => v?.Contains(HeaderNames.Cookie, StringComparison.OrdinalIgnoreCase) == true))
            headers.Append(HeaderNames.Vary, HeaderNames.Cookie);
    }

    private const string AccessibilityPartialHeader = "X-A11y-Partial";

    private bool Cacheable(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return false;
        if (request.Headers.ContainsKey(HeaderNames.Authorization)) return false;
        var path = request.Path;
        if (NeverCached.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))) return false;
        // A submission's status by its receipt code (/messages/status/{code}, /disclosure/status/{code}) is one person's.
        if (path.Value?.Contains("/status/", StringComparison.OrdinalIgnoreCase) == true) return false;
        // Chunked cookies add suffixes (C1, C2…), so a prefix match finds every piece of a sign-in.
        var signIn = cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name ?? "consultation.auth";
        return !request.Cookies.Keys.Any(k => k.StartsWith(signIn, StringComparison.Ordinal)
                                             || k.StartsWith("Identity.", StringComparison.Ordinal));
    }
}
