using Consultation.Infrastructure.Policies;

namespace Consultation.Web.Policies;

public static class PolicyServiceCollectionExtensions
{
    /// <summary>Policy documents with 三同步 interpretations; the minimum number of forms from the <c>Policies</c> section.</summary>
    public static IServiceCollection AddPolicyDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PolicyOptions>(configuration.GetSection("Policies"));
        services.AddScoped<PolicyDocuments>();
        return services;
    }
}
