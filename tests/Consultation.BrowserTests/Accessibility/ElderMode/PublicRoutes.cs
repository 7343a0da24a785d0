using System.Text.RegularExpressions;
using Consultation.BrowserTests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.BrowserTests.Accessibility.ElderMode;

/// <summary>
/// Every public GET page of the site, discovered from its <see cref="EndpointDataSource"/> (controller actions answering
/// GET outside <c>/admin</c>) with route parameters filled from the demo data. Worked out once per test run.
/// </summary>
public sealed partial class PublicRoutes
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PublicRoutes? _discovered;

    /// <summary>Paths to load, for example <c>/columns/notices</c>.</summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>Route patterns left out, each with the reason.</summary>
    public IReadOnlyList<string> Skipped { get; }

    private PublicRoutes(List<string> pages, List<string> skipped) => (Pages, Skipped) = (pages, skipped);

    public static async Task<PublicRoutes> DiscoverAsync(BrowserSite site, Func<Task<string>> receiptCode)
    {
        await Gate.WaitAsync();
        try
        {
            return _discovered ??= await DiscoverCoreAsync(site, receiptCode);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<PublicRoutes> DiscoverCoreAsync(BrowserSite site, Func<Task<string>> receiptCode)
    {
        using var http = new HttpClient { BaseAddress = site.Address };
        var home = await http.GetStringAsync("/");
        var articleId = ArticleLink().Match(home).Groups[1].Value;
        var pages = new List<string>();
        var skipped = new List<string>();
        var endpoints = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is not { } methods || methods.Contains("GET"));
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (pattern.StartsWith("/admin", StringComparison.OrdinalIgnoreCase)) continue;
            var reason = Unloadable(pattern);
            if (reason is not null) { skipped.Add($"{pattern}: {reason}"); continue; }
            var path = pattern;
            foreach (var parameter in endpoint.RoutePattern.Parameters)
            {
                var value = parameter.Name switch
                {
                    "slug" when pattern.StartsWith("/columns", StringComparison.Ordinal) => "notices",
                    "slug" when pattern.EndsWith("/report", StringComparison.Ordinal)
                                || pattern.EndsWith("/redline", StringComparison.Ordinal) => DemoConsultations.DecidedSlug,
                    "slug" => DemoConsultations.OpenSlug,
                    "id" when pattern.StartsWith("/decisions", StringComparison.Ordinal)
                              || pattern.StartsWith("/policies", StringComparison.Ordinal)
                              || pattern.StartsWith("/evaluations", StringComparison.Ordinal)
                              || pattern.StartsWith("/meetings", StringComparison.Ordinal)
                              || pattern.StartsWith("/messages", StringComparison.Ordinal)
                              || pattern.StartsWith("/responses", StringComparison.Ordinal) => "1",
                    "id" => articleId,
                    "iid" => "1",
                    "year" when pattern.StartsWith("/catalog", StringComparison.Ordinal) => "2025",
                    "year" => "2023",
                    "code" when pattern.StartsWith("/error", StringComparison.Ordinal) => "404",
                    "code" when pattern.StartsWith("/disclosure", StringComparison.Ordinal) => await StatusCodes.DisclosureAsync(site),
                    "code" when pattern.StartsWith("/messages", StringComparison.Ordinal) => await StatusCodes.MessageAsync(site),
                    "code" => await receiptCode(),
                    _ => "",
                };
                if (value.Length == 0) { reason = $"no demo value for {{{parameter.Name}}}"; break; }
                path = Regex.Replace(path, "\\{" + parameter.Name + "[^}]*\\}", value);
            }
            if (reason is not null) skipped.Add($"{pattern}: {reason}");
            else pages.Add(path);
        }
        pages.Sort(StringComparer.Ordinal);
        return new PublicRoutes(pages.Distinct().ToList(), skipped);
    }

    /// <summary>Routes that are not pages: file downloads, JSON, and switches that only set a cookie and redirect.</summary>
    private static string? Unloadable(string pattern) => pattern switch
    {
        _ when pattern.EndsWith(".csv", StringComparison.Ordinal) || pattern.EndsWith(".json", StringComparison.Ordinal)
               || pattern.EndsWith(".xml", StringComparison.Ordinal) || pattern.EndsWith(".zip", StringComparison.Ordinal)
               => "a data download or feed, not a page",
        _ when pattern.StartsWith("/captcha", StringComparison.Ordinal) => "a JSON challenge, not a page",
        _ when pattern.StartsWith("/forms/", StringComparison.Ordinal) => "a form's JSON token, not a page",
        _ when pattern.StartsWith("/api/", StringComparison.Ordinal) => "a JSON endpoint, not a page",
        _ when pattern.StartsWith("/language", StringComparison.Ordinal) || pattern.StartsWith("/accessibility", StringComparison.Ordinal) => "a settings switch that redirects",
        _ when pattern.StartsWith("/preview", StringComparison.Ordinal) => "needs an editor's preview token",
        _ => null,
    };

    [GeneratedRegex("href=\"/articles/(\\d+)\"")]
    private static partial Regex ArticleLink();
}
