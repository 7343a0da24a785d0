using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.OpenData;

public static class OpenDataModule
{
    /// <summary>The read side of the open-data API: every public kind, page by page in id order.</summary>
    public static IServiceCollection AddOpenData(this IServiceCollection services)
    {
        services.AddScoped<OpenConsultations>();
        services.AddScoped<OpenComments>();
        services.AddScoped<OpenReports>();
        services.AddScoped<OpenMeetings>();
        services.AddScoped<OpenPolicies>();
        services.AddScoped<OpenEvaluations>();
        return services;
    }
}
