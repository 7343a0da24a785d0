using System.Threading.RateLimiting;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Comments;

public static class CommentsWebModule
{
    public const string CommentRateLimit = "comments";

    /// <summary>The comment form's rate limit, from the <c>Comments:RateLimit</c> section.</summary>
    public static IServiceCollection AddCommentsWeb(this IServiceCollection services, IConfiguration configuration)
    {
        var limit = configuration.GetSection("Comments:RateLimit");
        services.AddRateLimiter(o =>
        {
            // Per client address: generous for people (a family may share one), tight for scripts.
            o.AddPolicy(CommentRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit.GetValue("PermitLimit", 10),
                    Window = TimeSpan.FromMinutes(limit.GetValue("WindowMinutes", 10)),
                    QueueLimit = 0,
                }));
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                var strings = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedStrings>>();
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(strings["comment.rate_limited"], ct);
            };
        });
        return services;
    }
}
