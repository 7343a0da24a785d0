using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Consultation.IntegrationTests.Hostile;

/// <summary>
/// What the sweep saw: a status histogram, the 5xx answers, refusals not in the page's language or without a message,
/// and redirects that leave the site. Each failure keeps the request that caused it, so it can be replayed.
/// </summary>
public sealed partial class SweepTally
{
    private readonly SortedDictionary<int, int> _statuses = [];
    private readonly HashSet<string> _endpoints = [];

    public int Requests { get; private set; }

    public int Cases { get; private set; }

    public List<string> ServerErrors { get; } = [];

    public List<string> UnclearRefusals { get; } = [];

    public List<string> OpenRedirects { get; } = [];

    public int ServerErrorCount => _statuses.Where(s => s.Key >= 500).Sum(s => s.Value);

    public void Count(DiscoveredEndpoint endpoint, HostileCase? hostile)
    {
        _endpoints.Add(endpoint.ToString());
        if (hostile is not null) Cases++;
    }

    /// <summary>Records the answer; for a 4xx HTML page, checks it is in <paramref name="language"/> and says something.</summary>
    public void Record(string request, HttpResponseMessage response, IDocument? page, string language)
    {
        Requests++;
        var status = (int)response.StatusCode;
        _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
        if (status >= 500) Keep(ServerErrors, $"{status} {request}");
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.MovedPermanently
            && response.Headers.Location is { } location && LeavesSite(location))
            Keep(OpenRedirects, $"{request} → {location.OriginalString}");
        if (status is < 400 or >= 500 || page is null) return;
        var lang = page.DocumentElement.GetAttribute("lang") ?? "";
        var text = (page.QuerySelector("main") ?? page.DocumentElement).TextContent;
        if (!lang.Equals(language, StringComparison.OrdinalIgnoreCase))
            Keep(UnclearRefusals, $"{status} lang={lang} {request}");
        else if (FrameworkEnglish().Match(text) is { Success: true } english)
            Keep(UnclearRefusals, $"{status} English '{english.Value}' {request}");
        else if (language.StartsWith("zh", StringComparison.Ordinal) && !Han().IsMatch(text))
            Keep(UnclearRefusals, $"{status} no Chinese message {request}");
    }

    public string Summary()
    {
        var summary = new StringBuilder();
        summary.AppendLine($"hostile sweep: {Cases} case sends to {_endpoints.Count} endpoints, {Requests} requests");
        summary.AppendLine("status histogram: " + string.Join(", ", _statuses.Select(s => $"{s.Key}×{s.Value}")));
        summary.AppendLine($"5xx seen: {ServerErrorCount}; unclear refusals: {UnclearRefusals.Count}; open redirects: {OpenRedirects.Count}");
        foreach (var line in ServerErrors.Take(25).Concat(UnclearRefusals.Take(25)).Concat(OpenRedirects.Take(25)))
            summary.AppendLine("  " + line);
        return summary.ToString();
    }

    /// <summary>
    /// A target a browser would take off this site: another host, a path it reads as one (<c>//</c>, <c>/\</c>), or
    /// another scheme (<c>https:evil</c>, <c>javascript:</c>). A relative path (<c>api/</c>) stays here.
    /// </summary>
    public static bool LeavesSite(Uri location)
    {
        if (location.IsAbsoluteUri) return location.Host is not ("localhost" or "127.0.0.1");
        var target = location.OriginalString.Replace('\\', '/').TrimStart(' ', '\t');
        return target.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(target);
    }

    private static void Keep(List<string> list, string line)
    {
        if (list.Count < 200) list.Add(line.Length > 300 ? line[..300] + "…" : line);
    }

    [GeneratedRegex(@"The value '.*' is not valid|is not valid|is required|must be a number|The field \w+|Bad Request|A non-empty request body|The input was not valid")]
    private static partial Regex FrameworkEnglish();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
