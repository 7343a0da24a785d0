using Consultation.Web.Hosting.Throttling;
using Microsoft.AspNetCore.RateLimiting;

namespace Consultation.Web.Features.Comments;

public static class CommentsWebModule
{
    public const string CommentRateLimit = "comments";

    /// <summary>
    /// The comment form's rate limit, from the <c>Comments:RateLimit</c> section. A refusal is
    /// <see cref="ThrottlingWebModule.RefuseAsync"/>'s 429.
    /// </summary>
    public static IServiceCollection AddCommentsWeb(this IServiceCollection services, IConfiguration configuration)
    {
        var limit = configuration.GetSection("Comments:RateLimit");
        // Per client address: generous for people (a family may share one), tight for scripts.
        services.AddRateLimiter(o => o.AddPolicy(CommentRateLimit, http =>
            http.RequestServices.GetRequiredService<FixedWindows>().ForAddress(CommentRateLimit, http,
                limit.GetValue("PermitLimit", 10), TimeSpan.FromMinutes(limit.GetValue("WindowMinutes", 10)))));
        return services;
    }
}
