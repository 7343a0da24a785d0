using Consultation.Core.Consultations;
using Consultation.Infrastructure.Review;
using Consultation.Infrastructure.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Consultations;

public static class ConsultationsModule
{
    /// <summary>Drafts open for comment: the legal clocks from the <c>Consultations</c> section and the read sides.</summary>
    public static IServiceCollection AddConsultations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ConsultationRules>(configuration.GetSection("Consultations"));
        services.AddScoped<PublicConsultationQueries>();
        services.AddScoped<BackOfficeConsultations>();
        services.AddScoped<BackOfficeDecisions>();
        services.AddReviewedKind<ConsultationReview>();
        services.AddReviewedKind<DecisionReview>();
        services.AddSearchableKind<ConsultationSearch>();
        return services;
    }
}
