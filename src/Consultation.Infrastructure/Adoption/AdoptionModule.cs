using Consultation.Infrastructure.Review;
using Consultation.Infrastructure.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Adoption;

public static class AdoptionModule
{
    /// <summary>Grouping into 集中意见 and the adoption report; clock and similarity from the <c>Adoption</c> section.</summary>
    public static IServiceCollection AddAdoption(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AdoptionOptions>(configuration.GetSection("Adoption"));
        services.AddScoped<FeedbackReportQueries>();
        services.AddScoped<GroupingWorkbench>();
        services.AddSingleton<Core.Adoption.IWordSegmenter, CommentSegmenter>();
        services.AddScoped<WorkbenchQueries>();
        services.AddScoped<DueReportQueries>();
        services.AddScoped<FeedbackReportService>();
        services.AddReviewedKind<FeedbackReportReview>();
        services.AddSearchableKind<FeedbackReportSearch>();
        return services;
    }
}
