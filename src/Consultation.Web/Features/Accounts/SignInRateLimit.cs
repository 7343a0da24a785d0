using System.Globalization;
using System.Threading.RateLimiting;
using Consultation.Web.Hosting;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Accounts;

/// <summary>
/// Sign-in posts (password, authenticator code, enrolment, password change) per client address, from the
/// <c>Identity:SignInRateLimit</c> section. Locking an account takes a few wrong passwords; this makes whoever sends
/// them wait too, and stops one address from trying many names. A refusal is a 429 with Retry-After and a short
/// message in the page's language; it says nothing about any account.
/// </summary>
public sealed class SignInRateLimit(IConfiguration configuration) : IRateLimiterPolicy<string>
{
    private readonly int _permits = configuration.GetValue("Identity:SignInRateLimit:PermitLimit", 10);
    private readonly TimeSpan _window = TimeSpan.FromMinutes(configuration.GetValue("Identity:SignInRateLimit:WindowMinutes", 5));

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, ct) =>
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : _window;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        response.ContentType = "text/plain; charset=utf-8";
        var strings = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedStrings>>();
        await response.WriteAsync(strings["login.throttled"], ct);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimitPartition.GetFixedWindowLimiter(
        ClientAddress.PartitionOf(httpContext),
        _ => new FixedWindowRateLimiterOptions { PermitLimit = _permits, Window = _window, QueueLimit = 0 });
}
