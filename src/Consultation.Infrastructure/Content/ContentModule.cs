using Consultation.Infrastructure.Review;
using Consultation.Infrastructure.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Content;

public static class ContentModule
{
    /// <summary>Columns and articles: public and back-office reads, column editing and scheduled publishing.</summary>
    public static IServiceCollection AddContent(this IServiceCollection services)
    {
        services.AddScoped<PublicContentQueries>();
        services.AddScoped<BackOfficeArticles>();
        services.AddScoped<BackOfficeColumns>();
        services.AddScoped<ScheduledPublisher>();
        services.AddReviewedKind<ArticleReview>();
        services.AddSearchableKind<ArticleSearch>();
        return services;
    }
}
