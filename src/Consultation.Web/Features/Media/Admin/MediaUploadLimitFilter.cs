using Consultation.Infrastructure.Media;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Media.Admin;

/// <summary>
/// The request size limit of the upload action, taken from configuration (a <c>[RequestSizeLimit]</c> attribute would
/// need a constant). It allows the file limit plus room for the other fields, so a file just over the limit still
/// reaches the library and gets the friendly "too large" message; anything far bigger is cut off by the server.
/// </summary>
public sealed class MediaUploadLimitFilter(IOptions<MediaOptions> options) : IAuthorizationFilter
{
    /// <summary>Before the global antiforgery filter (order 1000), which reads the form and so the body.</summary>
    public const int RunOrder = -2000;

    private const long FormOverhead = 1024 * 1024;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var feature = context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = options.Value.MaxUploadBytes + FormOverhead;
    }
}
