using Consultation.Infrastructure.Jobs;
using Consultation.Infrastructure.Mail;
using Consultation.Infrastructure.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Subscriptions;

public static class SubscriptionsModule
{
    /// <summary>
    /// Subscriptions by e-mail: the public desk, the notices from the outbox and from the consultation windows, and the
    /// back-office overview. Mail itself goes through <c>Mail/</c> (registered here too, as its only user so far).
    /// </summary>
    public static IServiceCollection AddSubscriptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SubscriptionOptions>(configuration.GetSection("Subscriptions"));
        services.AddMail(configuration);
        services.AddSingleton<SubscriptionTokens>();
        services.AddSingleton<SubscriptionMails>();
        services.AddSingleton<NoticeDispatch>();
        services.AddScoped<SubscriptionDesk>();
        services.AddScoped<SubscriptionOverview>();
        services.AddOutboxHandler<SubscriptionNotices>();
        return services.AddRecurringJob<ConsultationWindowNotices>();
    }
}
