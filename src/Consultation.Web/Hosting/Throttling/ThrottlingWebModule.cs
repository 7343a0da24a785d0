using System.Globalization;
using System.Threading.RateLimiting;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Hosting.Throttling;

public static class ThrottlingWebModule
{
    /// <summary>Receipt-code lookups and exports: one allowance per address, from <c>Throttling:LookupPermitLimit</c>.</summary>
    public const string LookupPolicy = "lookups";

    /// <summary>
    /// The global ceilings (per address, and for the whole site) in front of every dynamic request, the lookup policy,
    /// and the one refusal every policy without its own gives: 429, <c>Retry-After</c>, a sentence in the page's language.
    /// </summary>
    public static IServiceCollection AddThrottlingWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ThrottlingOptions>().Bind(configuration.GetSection(ThrottlingOptions.Section));
        services.AddSingleton<FixedWindows>();
        services.AddSingleton<IConfigureOptions<RateLimiterOptions>, ConfigureThrottling>();
        return services;
    }

    private sealed class ConfigureThrottling(FixedWindows windows, IOptions<ThrottlingOptions> options)
        : IConfigureOptions<RateLimiterOptions>
    {
        public void Configure(RateLimiterOptions o)
        {
            var limits = options.Value;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => windows.ForAddress("all", http,
                    limits.PerAddressPermitLimit, TimeSpan.FromSeconds(limits.PerAddressWindowSeconds))),
                PartitionedRateLimiter.Create<HttpContext, string>(_ => windows.For("site", "all",
                    limits.SitePermitLimit, TimeSpan.FromSeconds(limits.SiteWindowSeconds))));
            o.AddPolicy(LookupPolicy, http => windows.ForAddress(LookupPolicy, http,
                limits.LookupPermitLimit, TimeSpan.FromSeconds(limits.LookupWindowSeconds)));
            o.OnRejected = RefuseAsync;
        }
    }

    /// <summary>
    /// A refused submission keeps the comment form's reassurance (what was sent is safe); anything else is told to wait.
    /// Both say for how long, as <c>Retry-After</c> does for machines.
    /// </summary>
    public static async ValueTask RefuseAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var seconds = RetryAfterSeconds(context.Lease);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/plain; charset=utf-8";
        var strings = http.RequestServices.GetRequiredService<IStringLocalizer<SharedStrings>>();
        var message = HttpMethods.IsPost(http.Request.Method)
            ? strings["comment.rate_limited"]
            : strings["throttle.too_many_requests", seconds];
        await http.Response.WriteAsync(message, ct);
    }

    /// <summary>Seconds until the window reopens, at least one; a minute when the limiter does not say.</summary>
    public static int RetryAfterSeconds(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var after)
            ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds))
            : 60;
}
