using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Feeds;

public static class FeedsModule
{
    /// <summary>Atom feed reads; the closing-soon window and feed length come from the <c>Feeds</c> section.</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddOptions<FeedOptions>().BindConfiguration("Feeds")
            .Validate(o => o.ClosingSoonDays >= 1 && o.Entries >= 1, "Feeds:ClosingSoonDays and Feeds:Entries must be at least 1.")
            .ValidateOnStart();
        services.AddScoped<FeedQueries>();
        return services;
    }
}
