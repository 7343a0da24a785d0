using Microsoft.Extensions.Options;

namespace Consultation.Web.Hosting;

/// <summary>The origin absolute links start with: <see cref="SiteOptions.PublicBaseUrl"/>, else the request's own.</summary>
public static class SiteOrigin
{
    public static string Of(HttpContext http)
    {
        var configured = http.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.PublicBaseUrl;
        return string.IsNullOrWhiteSpace(configured)
            ? $"{http.Request.Scheme}://{http.Request.Host}"
            : configured.TrimEnd('/');
    }
}
