using Consultation.Core.Responses;
using Consultation.Infrastructure.Review;
using Consultation.Infrastructure.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Responses;

public static class ResponsesModule
{
    /// <summary>舆情回应 notices through 三审; the response-time target from the <c>Responses</c> section.</summary>
    public static IServiceCollection AddResponses(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ResponseRules>().Bind(configuration.GetSection("Responses"))
            .Validate(r => r.TargetHours >= 1, "Responses:TargetHours must be at least 1.")
            .ValidateOnStart();
        services.AddScoped<ResponseQueries>();
        services.AddScoped<BackOfficeResponses>();
        services.AddReviewedKind<ResponseReview>();
        services.AddSearchableKind<ResponseSearch>();
        return services;
    }
}
