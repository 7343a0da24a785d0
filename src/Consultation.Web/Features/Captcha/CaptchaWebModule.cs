using Consultation.Web.Hosting.Throttling;
using Microsoft.AspNetCore.RateLimiting;

namespace Consultation.Web.Features.Captcha;

public static class CaptchaWebModule
{
    /// <summary>The rate limit of the public forms other than comments; each form has its own allowance per address.</summary>
    public const string PublicFormRateLimit = "public-forms";

    /// <summary>
    /// The guard every public form other than comments runs before its intake, and their rate limit from
    /// <c>PublicForms:RateLimit</c> (the comment form's defaults: 10 posts per address in 10 minutes). A refused post gets
    /// the same 429 page as a comment.
    /// </summary>
    public static IServiceCollection AddCaptchaWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PublicFormGuard>();
        var limit = configuration.GetSection("PublicForms:RateLimit");
        services.AddRateLimiter(o => o.AddPolicy(PublicFormRateLimit, http =>
            http.RequestServices.GetRequiredService<FixedWindows>().For(PublicFormRateLimit,
                $"{ClientAddress.PartitionOf(http)} {http.Request.Path}",
                limit.GetValue("PermitLimit", 10), TimeSpan.FromMinutes(limit.GetValue("WindowMinutes", 10)))));
        return services;
    }
}
