using System.Globalization;
using System.Threading.RateLimiting;
using Consultation.Web.Hosting.Localization;
using Consultation.Web.Hosting.Throttling;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.OpenData;

/// <summary>
/// A fixed window per client address. A refused request gets 429 with Retry-After (seconds until the window ends) and a
/// problem document in Chinese and English; this policy's own <see cref="OnRejected"/> leaves the comment form's alone.
/// </summary>
public sealed class OpenDataRateLimit(IOptions<OpenDataOptions> options, OpenDataJson json, StringCatalog strings,
    FixedWindows windows)
    : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, ct) =>
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter =
            ThrottlingWebModule.RetryAfterSeconds(context.Lease).ToString(CultureInfo.InvariantCulture);
        response.ContentType = OpenDataJson.ProblemContentType;
        await response.Body.WriteAsync(json.Bytes(OpenDataProblem.Of(StatusCodes.Status429TooManyRequests,
            "opendata.rate_limited", strings)), ct);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => windows.ForAddress(
        OpenDataWebModule.RateLimitPolicy, httpContext, options.Value.PermitLimit,
        TimeSpan.FromSeconds(options.Value.WindowSeconds));
}
