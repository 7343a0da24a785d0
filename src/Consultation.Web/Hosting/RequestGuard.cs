using Consultation.Infrastructure.Media;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Hosting;

/// <summary>
/// The site-wide rules for input no field can make sense of, applied once before any controller, whatever server runs
/// the site: a Host header that is no host name → 400; a body larger than the endpoint allows → 413 before it is read
/// (by Content-Length, or counted as it streams); a NUL character in the path, a query value or a form field → 400
/// (NUL is never valid input, and PostgreSQL refuses it in text). The refusal page comes from the status code pages,
/// in the reader's language; <see cref="ErrorKey"/> says which message it shows.
/// </summary>
public sealed class RequestGuard(RequestDelegate next, IOptions<RequestLimitsOptions> limits, IOptions<MediaOptions> media)
{
    public const string ErrorKey = "error.key";

    /// <summary>The longest DNS name (RFC 1035); anything longer is no host of ours.</summary>
    private const int MaxHostLength = 253;

    public async Task InvokeAsync(HttpContext context)
    {
        // The error page re-executed for a refusal sees the same Host and query; refusing it again would leave it blank.
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }
        if (!IsPlausibleHost(context.Request.Host)) { Refuse(context, StatusCodes.Status400BadRequest, "error.bad_host"); return; }
        if (HasBody(context.Request) && !LimitBody(context)) { Refuse(context, StatusCodes.Status413PayloadTooLarge, "error.413"); return; }
        try
        {
            if (await RefusalOfInputAsync(context.Request) is { } refusal)
            {
                Refuse(context, StatusCodes.Status400BadRequest, refusal);
                return;
            }
            await next(context);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            context.Response.Clear();
            Refuse(context, e.StatusCode, "error.413");
        }
    }

    private static void Refuse(HttpContext context, int status, string key)
    {
        context.Items[ErrorKey] = key;
        context.Response.StatusCode = status;
    }

    /// <summary>Empty (HTTP/1.0) is allowed; a list (<c>a, b</c>), a path or an over-long name is not.</summary>
    internal static bool IsPlausibleHost(HostString host) =>
        !host.HasValue || (host.Value.Length <= MaxHostLength + 6
            && Uri.CheckHostName(host.Host.Trim('[', ']')) != UriHostNameType.Unknown
            && host.Host.Length <= MaxHostLength);

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;

    /// <summary>False when the declared length is already too much; otherwise the body is counted as it is read.</summary>
    private bool LimitBody(HttpContext context)
    {
        var limit = LimitFor(context.GetEndpoint());
        if (context.Request.ContentLength > limit) return false;
        var server = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (server is { IsReadOnly: false }) server.MaxRequestBodySize = limit;
        context.Request.Body = new BodyLimitStream(context.Request.Body, limit);
        return true;
    }

    private long LimitFor(Endpoint? endpoint)
    {
        if (endpoint?.Metadata.GetMetadata<UploadEndpointAttribute>() is not null)
            return media.Value.MaxUploadBytes + limits.Value.UploadOverheadBytes;
        return endpoint?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? limits.Value.FormBytes;
    }

    /// <summary>
    /// Null when the request may go on, else the message key of its refusal: a NUL anywhere, or a form the framework's
    /// reader gives up on (it refuses some control characters itself) — otherwise antiforgery would read the same form,
    /// fail, and blame a missing security code.
    /// </summary>
    private static async Task<string?> RefusalOfInputAsync(HttpRequest request)
    {
        if (request.Path.Value?.Contains('\0') == true || request.Query.Any(q => HasNul(q.Key, q.Value))) return "error.nul";
        if (!request.HasFormContentType) return null;
        try
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return form.Any(f => HasNul(f.Key, f.Value)) ? "error.nul" : null;
        }
        catch (InvalidDataException)
        {
            return "error.other";
        }
    }

    private static bool HasNul(string key, Microsoft.Extensions.Primitives.StringValues values) =>
        key.Contains('\0') || values.Any(v => v?.Contains('\0') == true);
}
