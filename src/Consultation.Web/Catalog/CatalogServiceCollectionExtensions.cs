using Consultation.Infrastructure.Catalog;

namespace Consultation.Web.Catalog;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>The decision catalog, public and back office; the due day comes from the <c>Catalog</c> section.</summary>
    public static IServiceCollection AddDecisionCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CatalogOptions>(configuration.GetSection("Catalog"));
        services.AddScoped<CatalogQueries>();
        services.AddScoped<BackOfficeCatalog>();
        services.AddScoped<CatalogDocuments>();
        return services;
    }
}
