using Consultation.Infrastructure.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Mail;

public static class MailModule
{
    /// <summary>The outgoing-mail table's queue and its sender, run on every node (leases keep each row to one node).</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection("Mail"));
        services.AddSingleton<SmtpRelay>();
        services.AddSingleton<MailQueue>();
        services.AddSingleton<MailDelivery>();
        return services.AddRecurringJob<MailDeliveryJob>();
    }
}
