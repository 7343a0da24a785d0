using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Consultation.Web.Features.Caching;

public static class CachingWebModule
{
    /// <summary>
    /// Output caching of anonymous public pages (<see cref="PublicPageCachePolicy"/>), in Redis when
    /// <c>ConnectionStrings:Redis</c> is set so every node shares entries and evictions, in memory otherwise; forms
    /// on cached pages without the per-visitor token.
    /// </summary>
    public static IServiceCollection AddCachingWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PageCacheOptions>(configuration.GetSection(PageCacheOptions.Section));
        if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
            services.AddStackExchangeRedisOutputCache(o =>
            {
                o.Configuration = redis;
                o.InstanceName = "consultation:pages:";
            });
        services.AddSingleton<PublicPageCachePolicy>();
        services.AddOutputCache();
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>()
            .Configure<PublicPageCachePolicy>((o, policy) => o.AddBasePolicy(policy));
        services.AddSingleton<IHtmlGenerator, CacheFriendlyHtmlGenerator>();
        services.Configure<MvcOptions>(o => o.Filters.Add<FormTokenMissingFilter>());
        services.AddTransient<PublicFormTokenCheck>();
        return services;
    }
}
