using Consultation.Web.Features.Records.Downloads;

namespace Consultation.Web.Features.Records;

public static class RecordsWebModule
{
    /// <summary>Coded labels and CSV tables of decision records, and the yearly download built from them.</summary>
    public static IServiceCollection AddRecordsWeb(this IServiceCollection services)
    {
        services.AddSingleton<RecordLabels>();
        services.AddSingleton<RecordTables>();
        services.AddSingleton<YearTables>();
        services.AddSingleton<YearArchive>();
        services.AddScoped<YearRecords>();
        services.AddOptions<DownloadOptions>().BindConfiguration(DownloadOptions.Section);
        services.AddSingleton<YearDownloads>();
        return services;
    }
}
