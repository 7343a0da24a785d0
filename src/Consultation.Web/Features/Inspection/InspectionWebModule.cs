using Consultation.Infrastructure.Inspection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Consultation.Web.Features.Inspection;

public static class InspectionWebModule
{
    /// <summary>
    /// Which columns have feature pages, and where the link crawl reaches the running site: <c>Inspection:CrawlBaseAddress</c>
    /// when set (behind a proxy), else the first address this server listens on.
    /// </summary>
    public static IServiceCollection AddInspectionWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IColumnFeaturePages, ColumnFeaturePages>();
        services.AddHttpClient(LinkCrawler.ClientName, (sp, client) =>
        {
            client.BaseAddress = BaseAddress(configuration["Inspection:CrawlBaseAddress"], sp.GetService<IServer>());
            client.Timeout = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Inspection:CrawlTimeoutSeconds", 30)));
        });
        return services;
    }

    /// <summary>A wildcard listening address (0.0.0.0, [::], +, *) is reached on localhost.</summary>
    public static Uri BaseAddress(string? configured, IServer? server)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return new Uri(configured);
        var listening = server?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost/";
        var uri = new UriBuilder(listening.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::") uri.Host = "localhost";
        return uri.Uri;
    }
}
