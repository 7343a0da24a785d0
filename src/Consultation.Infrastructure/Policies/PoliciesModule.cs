using Consultation.Infrastructure.Review;
using Consultation.Infrastructure.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Policies;

public static class PoliciesModule
{
    /// <summary>Policy documents with 三同步 interpretations; the minimum number of forms from the <c>Policies</c> section.</summary>
    public static IServiceCollection AddPolicies(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PolicyOptions>(configuration.GetSection("Policies"));
        services.AddScoped<PolicyDocuments>();
        services.AddReviewedKind<PolicyReview>();
        services.AddSearchableKind<PolicySearch>();
        return services;
    }
}
