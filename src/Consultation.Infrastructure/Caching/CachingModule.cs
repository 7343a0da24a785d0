using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Caching;

public static class CachingModule
{
    /// <summary>Evicts cached public pages when a save changes what they show (<see cref="PublicPagesEviction"/>).</summary>
    public static IServiceCollection AddCaching(this IServiceCollection services) =>
        services.AddSingleton<IInterceptor, PublicPagesEviction>();
}
