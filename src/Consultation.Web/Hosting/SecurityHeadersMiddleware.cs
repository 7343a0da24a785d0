using Consultation.Infrastructure.Captcha;
using Consultation.Web.Features.OpenData;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Hosting;

/// <summary>
/// Headers on every response: a CSP without inline script, no framing, no sniffing, a strict referrer policy. HSTS is
/// added separately by <c>UseHsts</c>, which only emits it over HTTPS.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<CaptchaOptions> captcha)
{
    private readonly string _contentSecurityPolicy = PolicyFor(captcha.Value);

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(OpenDataWebModule.DocsPath)
                ? ApiDocsPolicy
                : _contentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>
    /// The API docs page only (Scalar writes its configuration and styles inline): inline script and style allowed
    /// there, still nothing from another host, so the rest of the site keeps its strict policy.
    /// </summary>
    private const string ApiDocsPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Everything from this site only. The one exception is reCAPTCHA, and only when an operator configures it: its
    /// widget script and frame must then come from the configured host.
    /// </summary>
    private static string PolicyFor(CaptchaOptions captcha)
    {
        var scripts = "'self'";
        var frames = "'self'";
        if (captcha.UsesRecaptcha)
        {
            var origin = captcha.Recaptcha.Origin.GetLeftPart(UriPartial.Authority);
            scripts = $"'self' {origin} {captcha.Recaptcha.ContentSecurityPolicySources}".TrimEnd();
            frames = $"'self' {origin}";
        }
        return $"default-src 'self'; script-src {scripts}; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
               $"connect-src 'self'; media-src 'self'; frame-src {frames}; object-src 'none'; base-uri 'self'; " +
               "form-action 'self'; frame-ancestors 'none'";
    }
}
