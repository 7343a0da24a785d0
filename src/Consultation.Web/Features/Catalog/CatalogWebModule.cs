namespace Consultation.Web.Features.Catalog;

public static class CatalogWebModule
{
    /// <summary>The catalog's downloadable documents (CSV, JSON, Atom).</summary>
    public static IServiceCollection AddCatalogWeb(this IServiceCollection services)
    {
        services.AddScoped<CatalogDocuments>();
        return services;
    }
}
