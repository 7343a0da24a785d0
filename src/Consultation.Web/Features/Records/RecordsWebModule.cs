namespace Consultation.Web.Features.Records;

public static class RecordsWebModule
{
    /// <summary>Coded labels and CSV tables of decision records.</summary>
    public static IServiceCollection AddRecordsWeb(this IServiceCollection services)
    {
        services.AddSingleton<RecordLabels>();
        services.AddSingleton<RecordTables>();
        return services;
    }
}
