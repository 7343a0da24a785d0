using Consultation.Infrastructure.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Search;

public static class SearchModule
{
    /// <summary>
    /// Full-text search: this node's index (folder from <c>Search:IndexPath</c>, relative to the site root), its feed
    /// from the outbox, rebuilds, synonyms and the query side. Each public feature adds its kind with
    /// <see cref="AddSearchableKind{TKind}"/>.
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration,
        string siteRoot)
    {
        services.Configure<SearchOptions>(configuration.GetSection("Search"));
        services.AddSingleton(sp => new SearchIndex(
            Path.Combine(siteRoot, sp.GetRequiredService<IOptions<SearchOptions>>().Value.IndexPath),
            sp.GetRequiredService<ILogger<SearchIndex>>()));
        services.AddSingleton<SearchEngine>();
        services.AddSingleton<SearchIndexRebuild>();
        services.AddSingleton<SynonymList>();
        services.AddOutboxHandler<SearchIndexFeed>();
        services.AddSingleton<SearchIndexStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchIndexStartup>());
        services.AddScoped<SiteSearch>();
        services.AddScoped<BackOfficeSynonyms>();
        services.AddScoped<SearchIndexAdministration>();
        return services;
    }

    /// <summary>Registers one kind of public record the index holds.</summary>
    public static IServiceCollection AddSearchableKind<TKind>(this IServiceCollection services)
        where TKind : SearchableKind
    {
        services.AddScoped<SearchableKind, TKind>();
        return services;
    }
}
