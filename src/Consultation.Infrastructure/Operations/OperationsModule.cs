using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Operations;

public static class OperationsModule
{
    /// <summary>Checks that decide whether a load balancer sends this node traffic.</summary>
    public const string ReadinessTag = "ready";

    /// <summary>Backups, restore drills and the vital signs shown to operators and load balancers.</summary>
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BackupOptions>(configuration.GetSection(BackupOptions.Section));
        services.AddScoped<DatabaseBackup>();
        services.AddScoped<RecordFingerprinter>();
        services.Configure<OperationsOptions>(configuration.GetSection(OperationsOptions.Section));
        services.AddMetrics();
        services.AddSingleton<SiteMetrics>();
        services.AddHostedService<VitalSignGauges>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadinessTag])
            .AddCheck<OutboxHealthCheck>("outbox", tags: [ReadinessTag])
            .AddCheck<SearchIndexHealthCheck>("search", tags: [ReadinessTag])
            .AddCheck<MailHealthCheck>("mail", tags: [ReadinessTag])
            .AddCheck<IntakeHealthCheck>("intake", tags: [ReadinessTag])
            .AddCheck<RedisHealthCheck>("redis", tags: [ReadinessTag]);
        return services;
    }
}
