using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Review;

public static class ReviewModule
{
    /// <summary>三审 across every reviewed kind: the queue; each feature adds its kinds.</summary>
    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        services.AddScoped<ReviewQueue>();
        services.AddScoped<ReviewKinds>();
        return services;
    }

    /// <summary>Registers one kind of item that passes 三审.</summary>
    public static IServiceCollection AddReviewedKind<TKind>(this IServiceCollection services)
        where TKind : ReviewedKind
    {
        services.AddScoped<ReviewedKind, TKind>();
        return services;
    }
}
