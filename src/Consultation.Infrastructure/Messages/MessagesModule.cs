using Consultation.Core.Messages;
using Consultation.Infrastructure.Jobs;
using Consultation.Infrastructure.Review;
using Consultation.Infrastructure.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Messages;

public static class MessagesModule
{
    /// <summary>咨询留言 / 厅长信箱: clocks and offices from the <c>Messages</c> section; answers pass 三审.</summary>
    public static IServiceCollection AddMessages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MessageRules>().Bind(configuration.GetSection("Messages"))
            .Validate(r => r.ReplyTargetWorkingDays >= 1 && r.HardLimitMonths >= 1 && r.DueSoonWorkingDays >= 0
                           && r.HardLimitWarningDays >= 0 && r.ContactRetentionDays >= 1,
                "Messages: the reply target, hard limit and retention must be at least 1.")
            .ValidateOnStart();
        services.Configure<MessagesOptions>(configuration.GetSection("Messages"));
        services.AddScoped<Comments.ReceiptedSubmissions<Message>>();
        services.AddScoped<MessageIntake>();
        services.AddScoped<MessageQueries>();
        services.AddScoped<BackOfficeMessages>();
        services.AddReviewedKind<MessageAnswerReview>();
        services.AddSearchableKind<MessageSearch>();
        services.AddContactPurge<Message>(sp => sp.GetRequiredService<IOptions<MessageRules>>().Value.ContactRetentionDays,
            TimeSpan.FromHours(Math.Max(1, configuration.GetValue("Messages:PurgeIntervalHours", 6))));
        return services;
    }
}
