namespace Consultation.Web.Features.Search;

public static class SearchWebModule
{
    /// <summary>The JSON shape of /api/search.</summary>
    public static IServiceCollection AddSearchWeb(this IServiceCollection services)
    {
        services.AddScoped<SearchJson>();
        return services;
    }
}
