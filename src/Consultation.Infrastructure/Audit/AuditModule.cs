using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Audit;

public static class AuditModule
{
    /// <summary>The audit log's read side; rows are written by the DbContext in the same transaction as each change.</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<AuditLogQueries>();
        services.AddScoped<AuditChainVerifier>();
        services.AddScoped<AuditNames>();
        services.AddScoped<PublicationTimes>();
        return services;
    }
}
