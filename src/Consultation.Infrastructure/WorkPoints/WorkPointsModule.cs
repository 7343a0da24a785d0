using Consultation.Infrastructure.Review;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.WorkPoints;

public static class WorkPointsModule
{
    /// <summary>The notice's work points and their progress board.</summary>
    public static IServiceCollection AddWorkPoints(this IServiceCollection services)
    {
        services.AddScoped<WorkPointBoard>();
        services.AddReviewedKind<WorkPointReview>();
        return services;
    }
}
