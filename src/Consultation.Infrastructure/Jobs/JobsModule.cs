using Consultation.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Consultation.Infrastructure.Jobs;

public static class JobsModule
{
    /// <summary>Registers a recurring job and the one runner that runs every job on its own interval.</summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services)
        where TJob : class, IRecurringJob
    {
        services.AddScoped<TJob>();
        services.TryAddSingleton<JobLeases>();
        services.AddSingleton(new RecurringJobType(typeof(TJob)));
        services.AddHostedService<RecurringJobRunner>();
        return services;
    }

    /// <summary>
    /// Purges the contact details of <typeparamref name="T"/> after <paramref name="retentionDays"/> (read from the
    /// feature's options when the job runs), every <paramref name="interval"/>.
    /// </summary>
    public static IServiceCollection AddContactPurge<T>(this IServiceCollection services,
        Func<IServiceProvider, int> retentionDays, TimeSpan interval) where T : class, IContactHolder
    {
        services.AddScoped(sp => new ContactRetention<T>(retentionDays(sp), interval));
        return services.AddRecurringJob<ContactPurge<T>>();
    }
}
