namespace Consultation.Web.Features.Feeds;

public static class FeedsWebModule
{
    public static IServiceCollection AddFeedsWeb(this IServiceCollection services)
    {
        services.AddSingleton<AtomFeed>();
        return services;
    }
}
