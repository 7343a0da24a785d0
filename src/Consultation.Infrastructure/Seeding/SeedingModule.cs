using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Seeding;

public static class SeedingModule
{
    /// <summary>First-run accounts and, when <c>Seed:DemoData</c> is on, the demo content from the notice.</summary>
    public static IServiceCollection AddSeeding(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SeedOptions>(configuration.GetSection("Seed"));
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DecidedConsultationSeeder>();
        services.AddSingleton<DataGenerator>();
        services.AddSingleton<ICredentialsAnnouncer, ConsoleCredentialsAnnouncer>();
        return services;
    }
}
