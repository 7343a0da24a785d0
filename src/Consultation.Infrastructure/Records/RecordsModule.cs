using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Records;

public static class RecordsModule
{
    /// <summary>The machine-readable record of each decision and the yearly download built from the records.</summary>
    public static IServiceCollection AddRecords(this IServiceCollection services)
    {
        services.AddScoped<DecisionRecords>();
        services.AddScoped<DownloadYears>();
        return services;
    }
}
