using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Outbox;

public static class OutboxModule
{
    /// <summary>The outbox reader of this node; features add handlers with <see cref="AddOutboxHandler{T}"/>.</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));
        services.AddSingleton<OutboxProcessor>();
        services.AddHostedService<OutboxPolling>();
        return services;
    }

    /// <summary>Registers one use of the outbox; a singleton, since it keeps its position between passes.</summary>
    public static IServiceCollection AddOutboxHandler<THandler>(this IServiceCollection services)
        where THandler : class, IOutboxHandler
    {
        services.AddSingleton<THandler>();
        services.AddSingleton<IOutboxHandler>(sp => sp.GetRequiredService<THandler>());
        return services;
    }
}
