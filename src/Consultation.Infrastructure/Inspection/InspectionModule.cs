using Consultation.Core.Inspection;
using Consultation.Infrastructure.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Inspection;

public static class InspectionModule
{
    /// <summary>
    /// The inspection self-check and its broken-link crawl; every threshold from the <c>Inspection</c> section. The web
    /// layer supplies <see cref="IColumnFeaturePages"/> and points the crawl's HTTP client at the running site.
    /// </summary>
    public static IServiceCollection AddInspection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InspectionRules>().Bind(configuration.GetSection("Inspection"))
            .Validate(r => r.HomeStaleDays >= 1 && r.NewsColumnDays >= 1 && r.NoticeColumnMonths >= 1
                           && r.StaleColumnsVeto >= 1 && r.EmptyColumnsVeto >= 1 && r.WarningDays >= 0
                           && r.CrawlMaxPages >= 1 && r.CrawlBatchSize >= 1 && r.CrawlMaxAgeDays >= 1,
                "Inspection: every period, veto count and crawl limit must be at least 1.")
            .PostConfigure(r =>
            {
                if (r.InterpretationColumns.Count == 0) r.InterpretationColumns = InspectionRules.DefaultInterpretationColumns;
                if (r.CrawlSkipPrefixes.Count == 0) r.CrawlSkipPrefixes = InspectionRules.DefaultCrawlSkipPrefixes;
            })
            .ValidateOnStart();
        services.AddHttpClient(LinkCrawler.ClientName);
        services.AddScoped<LinkCrawler>();
        services.AddScoped<ContentChecks>();
        services.AddScoped<DutyChecks>();
        services.AddScoped<SelfCheck>();
        services.AddRecurringJob<LinkCrawlJob>();
        return services;
    }
}
