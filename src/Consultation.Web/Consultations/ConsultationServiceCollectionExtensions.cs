using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Comments;
using System.Threading.RateLimiting;
using Consultation.Infrastructure.Consultations;
using Microsoft.AspNetCore.RateLimiting;

namespace Consultation.Web.Consultations;

public static class ConsultationServiceCollectionExtensions
{
    public const string CommentRateLimit = "comments";

    /// <summary>Public consultation pages, comment intake and receipts; rules bound from the <c>Consultations</c> section.</summary>
    public static IServiceCollection AddPublicConsultations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ConsultationRules>(configuration.GetSection("Consultations"));
        services.AddSingleton<ReceiptHasher>();
        services.AddSingleton<IReceiptHasher>(sp => sp.GetRequiredService<ReceiptHasher>());
        services.AddScoped<CommentIntake>();
        services.AddScoped<ReceiptLookup>();
        services.AddScoped<PublicConsultationQueries>();
        services.AddScoped<Infrastructure.Adoption.FeedbackReportQueries>();
        services.AddScoped<Infrastructure.Adoption.GroupingWorkbench>();
        services.AddScoped<Infrastructure.Adoption.WorkbenchQueries>();
        services.AddScoped<Infrastructure.Adoption.DueReportQueries>();
        services.AddScoped<Infrastructure.Adoption.FeedbackReportService>();
        services.Configure<Infrastructure.Adoption.AdoptionOptions>(configuration.GetSection("Adoption"));
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
                var strings = context.HttpContext.RequestServices
                    .GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Localization.SharedStrings>>();
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(strings["comment.rate_limited"], ct);
            };
        });
        return services;
    }
}
