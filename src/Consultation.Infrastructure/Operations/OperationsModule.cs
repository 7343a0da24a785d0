using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Operations;

public static class OperationsModule
{
    /// <summary>Backups, restore drills and the vital signs shown to operators and load balancers.</summary>
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BackupOptions>(configuration.GetSection(BackupOptions.Section));
        services.AddScoped<DatabaseBackup>();
        services.AddScoped<RecordFingerprinter>();
        return services;
    }
}
