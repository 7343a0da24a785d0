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
        // One public address for the whole site: when the deployment names it, mail links use it too.
        services.PostConfigure<MailOptions>(mail =>
        {
            var publicBase = configuration["Site:PublicBaseUrl"];
            if (!string.IsNullOrWhiteSpace(publicBase)) mail.SiteAddress = publicBase.TrimEnd('/');
        });
        services.AddSingleton<SmtpRelay>();
        services.AddSingleton<MailQueue>();
        services.AddSingleton<MailDelivery>();
        return services.AddRecurringJob<MailDeliveryJob>();
    }
}
