namespace Consultation.Web.Features.Content;

public static class ContentWebModule
{
    /// <summary>Publishes and unpublishes scheduled articles in the background.</summary>
    public static IServiceCollection AddContentWeb(this IServiceCollection services)
    {
        services.AddHostedService<ScheduledPublishingService>();
        return services;
    }
}
