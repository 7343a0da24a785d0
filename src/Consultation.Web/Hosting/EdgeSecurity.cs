using System.Net;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Hosting;

/// <summary>
/// What the site trusts about the connection: the forwarded headers of configured proxies only, and in Production
/// Secure + HttpOnly + SameSite cookies, HTTPS redirection and HSTS (both honouring the proxy's forwarded scheme), and
/// the allowed hosts (the public base URL's host unless <c>AllowedHosts</c> lists others).
/// </summary>
public static class EdgeSecurity
{
    public static IServiceCollection AddEdgeSecurity(this IServiceCollection services, IConfiguration configuration,
        IWebHostEnvironment environment)
    {
        var proxies = configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; trust nobody but the proxies named, and walk back through a chain of them.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            o.ForwardLimit = null;
            foreach (var proxy in proxies.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in proxies.KnownNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        if (!environment.IsProduction()) return services;

        var publicBase = configuration["Site:PublicBaseUrl"];
        var publicUri = Uri.TryCreate(publicBase, UriKind.Absolute, out var parsed) ? parsed : null;
        // A deployment names its public https address; until then (a first `dotnet run` on http://localhost:5000)
        // nothing is redirected to an https port nobody listens on, and cookies follow the request's scheme.
        var publicHttps = DeclaresHttps(configuration);
        services.Configure<CookiePolicyOptions>(o =>
        {
            o.Secure = publicHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.HttpOnly = HttpOnlyPolicy.Always;
            o.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        if (publicHttps) services.AddHttpsRedirection(o => o.HttpsPort = publicUri!.Port);
        services.PostConfigure<HostFilteringOptions>(o =>
        {
            if (publicUri is not null && (o.AllowedHosts.Count == 0 || o.AllowedHosts.Contains("*")))
                o.AllowedHosts = [publicUri.Host];
        });
        return services;
    }

    /// <summary>
    /// Forwarded headers first, so everything after sees the visitor's address and scheme — and only when a proxy is
    /// configured: with empty lists the middleware would believe the headers from anyone.
    /// </summary>
    public static WebApplication UseForwardedEdge(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownProxies.Count > 0 || options.KnownIPNetworks.Count > 0) app.UseForwardedHeaders();
        return app;
    }

    /// <summary>After the error pages: HSTS outside development, redirection to HTTPS and the cookie policy in Production.</summary>
    public static WebApplication UseEdgeSecurity(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        if (!app.Environment.IsProduction()) return app;
        if (DeclaresHttps(app.Configuration)) app.UseHttpsRedirection();
        app.UseCookiePolicy();
        return app;
    }

    /// <summary>True when <c>Site:PublicBaseUrl</c> is an https address: the deployment says where the public reaches it.</summary>
    private static bool DeclaresHttps(IConfiguration configuration) =>
        Uri.TryCreate(configuration["Site:PublicBaseUrl"], UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}
