using Consultation.Infrastructure.Review;
using Consultation.Infrastructure.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Catalog;

public static class CatalogModule
{
    /// <summary>The decision catalog, public and back office; the due day comes from the <c>Catalog</c> section.</summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CatalogOptions>(configuration.GetSection("Catalog"));
        services.AddScoped<CatalogQueries>();
        services.AddScoped<BackOfficeCatalog>();
        services.AddReviewedKind<CatalogEntryReview>();
        services.AddSearchableKind<CatalogSearch>();
        return services;
    }
}
