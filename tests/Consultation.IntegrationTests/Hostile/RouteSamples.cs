using System.Text.RegularExpressions;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Hostile;

/// <summary>
/// Real addresses for route templates, found the way a visitor finds them: by following the links and form actions
/// of the demo site (public pages anonymously, the back office signed in), so <c>{slug}</c> and <c>{id}</c> hold
/// items that exist. A template no link leads to is filled by its constraints (and then mostly answers 404).
/// </summary>
public sealed partial class RouteSamples(IServiceProvider services)
{
    private const int PagesPerShape = 2;
    private readonly HashSet<string> _seen = [];
    private readonly IInlineConstraintResolver _constraints = services.GetRequiredService<IInlineConstraintResolver>();

    public int PagesRead { get; private set; }

    /// <summary>Follows links from <paramref name="start"/> on the same site, a few pages per address shape.</summary>
    public async Task CrawlAsync(Browser browser, string start, int maxPages)
    {
        var queue = new Queue<string>([start]);
        var perShape = new Dictionary<string, int>();
        var read = 0;
        while (queue.Count > 0 && read < maxPages)
        {
            var url = queue.Dequeue();
            var shape = Digits().Replace(url.Split('?')[0], "#");
            perShape[shape] = perShape.GetValueOrDefault(shape) + 1;
            if (perShape[shape] > PagesPerShape) continue;
            read++;
            var (response, page) = await browser.GetAsync(url);
            if (!(response.Content.Headers.ContentType?.MediaType ?? "").Contains("html", StringComparison.Ordinal)) continue;
            var targets = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(page.QuerySelectorAll("form[action]").Select(f => f.GetAttribute("action")!));
            foreach (var target in targets)
            {
                if (!target.StartsWith('/') || target.StartsWith("//", StringComparison.Ordinal)) continue;
                var path = target.Split('#')[0];
                if (path.Length == 0 || !_seen.Add(path)) continue;
                if (!path.Contains("logout", StringComparison.OrdinalIgnoreCase)) queue.Enqueue(path);
            }
        }
        PagesRead += read;
    }

    /// <summary>A path the template matches among the addresses seen, or the template filled by its constraints.</summary>
    public (string Path, bool Seen) PathFor(DiscoveredEndpoint endpoint)
    {
        if (endpoint.Pattern.Parameters.Count == 0) return (endpoint.Template, true);
        var matcher = new TemplateMatcher(new RouteTemplate(endpoint.Pattern), new RouteValueDictionary(endpoint.Pattern.Defaults));
        foreach (var address in _seen.Select(a => a.Split('?')[0]).Order(StringComparer.Ordinal))
        {
            var values = new RouteValueDictionary();
            if (matcher.TryMatch(address, values) && ConstraintsHold(endpoint, values)) return (address, true);
        }
        var filled = endpoint.Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => Guess(parameter),
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        })));
        return ("/" + string.Join('/', filled.Where(s => s.Length > 0)), false);
    }

    private bool ConstraintsHold(DiscoveredEndpoint endpoint, RouteValueDictionary values)
    {
        foreach (var parameter in endpoint.Pattern.Parameters)
        foreach (var policy in parameter.ParameterPolicies)
        {
            if (policy.Content is null || _constraints.ResolveConstraint(policy.Content) is not { } constraint) continue;
            if (!constraint.Match(null, null, parameter.Name, values, RouteDirection.IncomingRequest)) return false;
        }
        return true;
    }

    private static string Guess(Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter)
    {
        var policies = string.Join(",", parameter.ParameterPolicies.Select(p => p.Content));
        if (parameter.Default is { } fallback) return fallback.ToString() ?? "1";
        if (policies.Contains("guid", StringComparison.Ordinal)) return Guid.Empty.ToString();
        if (policies.Contains("int", StringComparison.Ordinal) || policies.Contains("long", StringComparison.Ordinal)) return "1";
        return parameter.IsOptional ? "" : "1";
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
