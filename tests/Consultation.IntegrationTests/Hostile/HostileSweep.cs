using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.Tests;

namespace Consultation.IntegrationTests.Hostile;

/// <summary>
/// Sends the corpus to every discovered endpoint: text cases to string fields, number/SQL/invalid-UTF-8 cases to the
/// other fields; GET as a query string, POST as a form body with the visitor's antiforgery token (and a solved
/// captcha on public forms, so the payload reaches validation and storage rather than stopping at the captcha).
/// </summary>
public sealed class HostileSweep(SiteFixture site, RouteSamples routes, SweepTally tally)
{
    /// <summary>The form whose token every anonymous post carries; any form's token is the visitor's token.</summary>
    public const string TokenPage = "/messages/new";

    private const string Honeypot = "Website";
    private Browser? _visitor;
    private Browser? _admin;
    private string? _visitorToken;
    private string? _adminToken;

    public List<string> Guessed { get; } = [];

    public async Task RunAsync(IEnumerable<DiscoveredEndpoint> endpoints, int stride, string? culture = null)
    {
        var index = 0;
        foreach (var endpoint in endpoints)
        {
            var (path, seen) = routes.PathFor(endpoint);
            if (!seen) Guessed.Add($"{endpoint} → {path}");
            var cases = Pick(endpoint, stride, index++).ToList();
            tally.Count(endpoint, null);
            foreach (var hostile in cases)
            {
                tally.Count(endpoint, hostile);
                var text = hostile.Category is "numeric" ? "测试" : hostile.Encoded;
                var value = HostileCase.ValueCategories.Contains(hostile.Category) ? hostile.Encoded : null;
                await SendAsync(endpoint, path, endpoint.Fields.Where(f => f.Kind != FieldKind.File && f.Name != Honeypot)
                    .Select(f => (f.Name, f.Kind == FieldKind.Text ? text : value ?? Plausible(f))), hostile, culture);
            }
            if (cases.Count == 0) await SendAsync(endpoint, path, [], null, culture);
        }
    }

    /// <summary>The cases for an endpoint: a stride through the categories its fields take, shifted per endpoint.</summary>
    private static IEnumerable<HostileCase> Pick(DiscoveredEndpoint endpoint, int stride, int offset)
    {
        var categories = new List<string>();
        if (endpoint.HasText) categories.AddRange(HostileCase.TextCategories);
        if (endpoint.HasValues) categories.AddRange(HostileCase.ValueCategories);
        return HostileCase.In([.. categories.Distinct()]).Where((_, i) => (i + offset) % stride == 0);
    }

    public async Task<HttpResponseMessage> SendAsync(DiscoveredEndpoint endpoint, string path,
        IEnumerable<(string Name, string Encoded)> fields, HostileCase? hostile, string? culture)
    {
        var browser = await BrowserForAsync(endpoint);
        var pairs = fields.Select(f => $"{Uri.EscapeDataString(f.Name)}={f.Encoded}").ToList();
        if (culture is not null) pairs.Add("culture=" + culture);
        HttpResponseMessage response;
        if (endpoint.Method == "GET")
        {
            response = await browser.Client.GetAsync(path + (pairs.Count > 0 ? "?" + string.Join('&', pairs) : ""));
        }
        else
        {
            pairs.Add("__RequestVerificationToken=" + Uri.EscapeDataString(await TokenAsync(endpoint)));
            if (!endpoint.BackOffice) pairs.Add("captcha=" + Uri.EscapeDataString(await ProofOfWorkSolver.SolveFromAsync(browser.Client)));
            var target = path + (culture is null ? "" : "?culture=" + culture);
            response = await browser.Client.PostAsync(target,
                new StringContent(string.Join('&', pairs), Encoding.ASCII, "application/x-www-form-urlencoded"));
        }
        var html = (int)response.StatusCode is >= 400 and < 500
                   && (response.Content.Headers.ContentType?.MediaType ?? "").Contains("html", StringComparison.Ordinal);
        IDocument? page = html ? await Browser.ParseAsync(response) : null;
        tally.Record($"{endpoint.Method} {path} [{hostile?.Id ?? "baseline"}] ({endpoint.DisplayName})", response, page,
            culture ?? "zh-CN");
        if (!endpoint.BackOffice && response.Headers.TryGetValues("Set-Cookie", out var cookies)
                                 && cookies.Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)))
            (_visitor, _visitorToken) = (null, null); // the language switch worked: the next case comes from a new visitor
        if (endpoint.BackOffice && response.Headers.Location?.OriginalString.Contains("/admin/login", StringComparison.Ordinal) == true)
            _admin = null; // the sweep signed itself out (or a role change did): sign in again for the next endpoint
        return response;
    }

    private async Task<Browser> BrowserForAsync(DiscoveredEndpoint endpoint)
    {
        if (!endpoint.BackOffice) return _visitor ??= site.NewBrowser();
        if (_admin is null)
        {
            _admin = await site.SignInAsync("admin");
            _adminToken = null;
        }
        return _admin;
    }

    private async Task<string> TokenAsync(DiscoveredEndpoint endpoint) => endpoint.BackOffice
        ? _adminToken ??= await _admin!.TokenOnAsync("/admin/media")
        : _visitorToken ??= await _visitor!.TokenOnAsync(TokenPage);

    /// <summary>A value the binder accepts, for the fields a case is not aimed at.</summary>
    private static string Plausible(DiscoveredField field)
    {
        var type = field.Type;
        if (type.IsEnum) return Enum.GetNames(type).FirstOrDefault() ?? "0";
        if (type == typeof(bool)) return "false";
        if (type == typeof(Guid)) return Guid.NewGuid().ToString();
        if (type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(DateTimeOffset))
            return DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (type == typeof(TimeOnly)) return "09:00";
        return "1";
    }
}
