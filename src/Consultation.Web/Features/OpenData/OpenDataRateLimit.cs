using System.Globalization;
using System.Threading.RateLimiting;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.OpenData;

/// <summary>
/// A fixed window per client address. A refused request gets 429 with Retry-After (seconds until the window ends) and a
/// problem document in Chinese and English; this policy's own <see cref="OnRejected"/> leaves the comment form's alone.
/// </summary>
public sealed class OpenDataRateLimit(IOptions<OpenDataOptions> options, OpenDataJson json, StringCatalog strings)
    : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, ct) =>
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after)
            ? after
            : TimeSpan.FromSeconds(options.Value.WindowSeconds);
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        response.ContentType = OpenDataJson.ProblemContentType;
        await response.Body.WriteAsync(json.Bytes(OpenDataProblem.Of(StatusCodes.Status429TooManyRequests,
            "opendata.rate_limited", strings)), ct);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimitPartition.GetFixedWindowLimiter(
        httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PermitLimit,
            Window = TimeSpan.FromSeconds(options.Value.WindowSeconds),
            QueueLimit = 0,
        });
}
