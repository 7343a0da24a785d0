using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Consultation.Web.Features.Content;

public static class ContentWebModule
{
    /// <summary>Publishes and unpublishes scheduled articles in the background.</summary>
    public static IServiceCollection AddContentWeb(this IServiceCollection services)
    {
        services.TryAddSingleton<Infrastructure.Jobs.JobLeases>();
        services.AddSingleton<ScheduledPublishingService>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublishingService>());
        return services;
    }
}
