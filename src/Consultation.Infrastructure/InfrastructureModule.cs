using Consultation.Infrastructure.Accounts;
using Consultation.Infrastructure.Adoption;
using Consultation.Infrastructure.Audit;
using Consultation.Infrastructure.Calendar;
using Consultation.Infrastructure.Captcha;
using Consultation.Infrastructure.Catalog;
using Consultation.Infrastructure.Comments;
using Consultation.Infrastructure.Consultations;
using Consultation.Infrastructure.Content;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Disclosure;
using Consultation.Infrastructure.Evaluations;
using Consultation.Infrastructure.Inspection;
using Consultation.Infrastructure.Markdown;
using Consultation.Infrastructure.Media;
using Consultation.Infrastructure.Meetings;
using Consultation.Infrastructure.Outbox;
using Consultation.Infrastructure.Messages;
using Consultation.Infrastructure.OpenData;
using Consultation.Infrastructure.Feeds;
using Consultation.Infrastructure.Policies;
using Consultation.Infrastructure.Records;
using Consultation.Infrastructure.Responses;
using Consultation.Infrastructure.Review;
using Consultation.Infrastructure.Search;
using Consultation.Infrastructure.Seeding;
using Consultation.Infrastructure.Subscriptions;
using Consultation.Infrastructure.WorkPoints;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure;

public static class InfrastructureModule
{
    /// <summary>Every feature's persistence, rules plumbing and read sides, each registered by its own module.</summary>
    public static IServiceCollection AddConsultationInfrastructure(this IServiceCollection services,
        IConfiguration configuration, string siteRoot)
    {
        services.AddSingleton(TimeProvider.System);
        return services
            .AddDatabase(configuration, siteRoot)
            .AddMarkdown()
            .AddCaptcha(configuration)
            .AddAccounts(configuration)
            .AddAudit()
            .AddReview()
            .AddOutbox(configuration)
            .AddSearch(configuration, siteRoot)
            .AddCalendar()
            .AddContent()
            .AddMedia(configuration, siteRoot)
            .AddConsultations(configuration)
            .AddComments()
            .AddAdoption(configuration)
            .AddCatalog(configuration)
            .AddMeetings()
            .AddPolicies(configuration)
            .AddEvaluations(configuration)
            .AddWorkPoints()
            .AddDisclosure(configuration)
            .AddMessages(configuration)
            .AddResponses(configuration)
            .AddRecords()
            .AddInspection(configuration)
            .AddOpenData()
            .AddFeeds()
            .AddSubscriptions(configuration)
            .AddSeeding(configuration);
    }
}
