using System.Globalization;
using System.Net;
using System.Text;
using Consultation.Core.Accounts;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Accounts;

/// <summary>
/// Every endpoint the site maps, asked by an anonymous visitor and by each back-office role. What each should get is
/// read from the endpoint itself: public (<c>[AllowAnonymous]</c>) → an answer that is not a refusal (2xx, 3xx or a
/// 4xx other than 401/403); back office → anonymous is sent to sign in, a role the policies name is let through (the
/// auditor only to read), any other role is sent to the 403 page. An endpoint that declares neither is a failure on
/// its own, before any request is made, so a new controller without an attribute breaks the suite.
/// </summary>
public abstract class AuthorisationMatrixBehaviour(SiteFixture site)
{
    /// <summary>The only back-office addresses open before signing in: the sign-in steps themselves and the 403 page.</summary>
    private static readonly string[] SignInSteps = ["/admin/login", "/admin/denied"];

    /// <summary>Back-office posts every role may make for itself: signing out, its own password (see ReadOnlyRoleFilter).</summary>
    private static readonly string[] OwnAccount = ["/admin/logout", "/admin/account"];

    private static readonly Dictionary<string, string> RoleUsers = new()
    {
        [BackOfficeRoles.Administrator] = "admin",
        [BackOfficeRoles.Editor] = "editor",
        [BackOfficeRoles.FirstReviewer] = "reviewer1",
        [BackOfficeRoles.SecondReviewer] = "reviewer2",
        [BackOfficeRoles.FinalReviewer] = "reviewer3",
        [BackOfficeRoles.Auditor] = "auditor",
    };

    private sealed record Endpoint(string Method, string Pattern, string Url, bool Public, IReadOnlySet<string>? Roles);

    [SkippableFact]
    public async Task Every_endpoint_declares_who_may_use_it()
    {
        var undeclared = RouteEndpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null
                                                     && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .Select(Describe).ToList();
        var publicBackOffice = (await EndpointsAsync()).Where(e => e.Public && IsBackOffice(e.Pattern)
                                                                   && !SignInSteps.Any(s => e.Pattern.StartsWith(s, StringComparison.Ordinal)))
            .Select(e => $"{e.Method} {e.Pattern}").ToList();
        var guardedPublic = (await EndpointsAsync()).Where(e => !e.Public && !IsBackOffice(e.Pattern))
            .Select(e => $"{e.Method} {e.Pattern}").ToList();

        Assert.True(undeclared.Count == 0, "Endpoints with neither [AllowAnonymous] nor a policy:\n" + string.Join("\n", undeclared));
        Assert.True(publicBackOffice.Count == 0, "Back-office endpoints open to anyone:\n" + string.Join("\n", publicBackOffice));
        Assert.True(guardedPublic.Count == 0, "Endpoints outside /admin that need a role:\n" + string.Join("\n", guardedPublic));
    }

    [SkippableFact]
    public async Task Anonymous_visitors_and_each_role_get_what_the_endpoint_declares()
    {
        var endpoints = await EndpointsAsync();
        Assert.True(endpoints.Count(e => e.Public) > 20 && endpoints.Count(e => !e.Public) > 50, "The endpoint data source looks empty.");
        var visitors = new Dictionary<string, Browser> { ["anonymous"] = site.NewBrowser() };
        foreach (var (role, user) in RoleUsers) visitors[role] = await site.SignInAsync(user);

        var wrong = new StringBuilder();
        foreach (var endpoint in endpoints)
            foreach (var (who, browser) in visitors)
            {
                if (endpoint.Public && who != "anonymous" && endpoint.Method != "GET") continue;
                if (endpoint.Pattern.StartsWith("/admin/logout", StringComparison.Ordinal)) continue; // would end the session
                var expected = Expected(endpoint, who);
                var seen = await SeenAsync(browser, endpoint);
                if (seen.Kind != expected) wrong.AppendLine(CultureInfo.InvariantCulture,
                    $"{endpoint.Method} {endpoint.Url} as {who}: expected {expected}, got {seen.Kind} ({seen.Detail})");
            }

        Assert.True(wrong.Length == 0, wrong.ToString());
    }

    private enum Outcome { Answered, SentToSignIn, Denied, ServerError }

    private static Outcome Expected(Endpoint endpoint, string who)
    {
        if (endpoint.Pattern == "/admin/denied") return Outcome.Denied; // the 403 page itself, open to all
        if (endpoint.Public) return Outcome.Answered;
        if (who == "anonymous") return Outcome.SentToSignIn;
        if (endpoint.Roles is { } roles && !roles.Contains(who)) return Outcome.Denied;
        // The auditor reads everything and changes nothing but their own account.
        var readOnly = who == BackOfficeRoles.Auditor && endpoint.Method is not ("GET" or "HEAD")
                       && !OwnAccount.Any(p => endpoint.Pattern.StartsWith(p, StringComparison.Ordinal));
        return readOnly ? Outcome.Denied : Outcome.Answered;
    }

    private static async Task<(Outcome Kind, string Detail)> SeenAsync(Browser browser, Endpoint endpoint)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url);
        if (endpoint.Method is not ("GET" or "HEAD")) request.Content = new FormUrlEncodedContent([]);
        using var response = await browser.Client.SendAsync(request);
        var status = (int)response.StatusCode;
        var location = response.LocationPath();
        var detail = $"{status} {location}".Trim();
        if (status >= 500) return (Outcome.ServerError, detail);
        if (response.StatusCode == HttpStatusCode.Redirect && location.StartsWith("/admin/login?", StringComparison.Ordinal))
            return (Outcome.SentToSignIn, detail);
        if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
            || location.StartsWith("/admin/denied", StringComparison.Ordinal)) return (Outcome.Denied, detail);
        return (Outcome.Answered, detail);
    }

    private IEnumerable<RouteEndpoint> RouteEndpoints() =>
        site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private async Task<List<Endpoint>> EndpointsAsync()
    {
        var policies = site.Factory.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var list = new List<Endpoint>();
        foreach (var endpoint in RouteEndpoints())
        {
            var isPublic = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            IReadOnlySet<string>? roles = null;
            foreach (var data in endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>())
            {
                // Several policies on one endpoint all apply: the roles that may pass are those every one of them names.
                var named = data.Policy is null ? null : await policies.GetPolicyAsync(data.Policy);
                var allowed = named?.Requirements.OfType<RolesAuthorizationRequirement>().SingleOrDefault()?.AllowedRoles.ToHashSet();
                if (allowed is not null) roles = roles is null ? allowed : roles.Intersect(allowed).ToHashSet();
            }
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            list.AddRange(methods.Where(m => m != "OPTIONS")
                .Select(m => new Endpoint(m, "/" + endpoint.RoutePattern.RawText!.TrimStart('/'), UrlOf(endpoint.RoutePattern), isPublic, roles)));
        }
        return list.DistinctBy(e => (e.Method, e.Url)).OrderBy(e => e.Url, StringComparer.Ordinal).ToList();
    }

    /// <summary>An address the pattern matches: numbers for numeric parameters, a plain word for the rest.</summary>
    private static string UrlOf(RoutePattern pattern)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => ValueOf(parameter),
                    _ => "",
                });
        }
        return path.Length == 0 ? "/" : path.ToString();
    }

    private static string ValueOf(RoutePatternParameterPart parameter)
    {
        var constraints = string.Join(",", parameter.ParameterPolicies.Select(p => p.Content ?? p.ParameterPolicy?.GetType().Name ?? ""));
        if (parameter.Name == "documentName") return "v1";
        if (parameter.Name == "year") return "2025";
        if (parameter.Name == "code" && constraints.Contains("int", StringComparison.OrdinalIgnoreCase)) return "404"; // /error/{code}
        if (constraints.Contains("int", StringComparison.OrdinalIgnoreCase)
            || constraints.Contains("long", StringComparison.OrdinalIgnoreCase)) return "1";
        if (constraints.Contains("guid", StringComparison.OrdinalIgnoreCase)) return "00000000-0000-0000-0000-000000000001";
        return "x";
    }

    private static bool IsBackOffice(string pattern) => pattern == "/admin" || pattern.StartsWith("/admin/", StringComparison.Ordinal);

    private static string Describe(RouteEndpoint e) =>
        $"{string.Join(",", e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])} /{e.RoutePattern.RawText?.TrimStart('/')} ({e.DisplayName})";
}
