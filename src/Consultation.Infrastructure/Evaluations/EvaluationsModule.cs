using Consultation.Infrastructure.Review;
using Consultation.Infrastructure.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Evaluations;

public static class EvaluationsModule
{
    /// <summary>Policy evaluations (政策评估); the yearly minimum and due date come from the <c>Evaluations</c> section.</summary>
    public static IServiceCollection AddEvaluations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EvaluationOptions>().Bind(configuration.GetSection("Evaluations"))
            .Validate(o => o.MinimumPerYear >= 1, "Evaluations:MinimumPerYear must be at least 1.")
            .Validate(o => DueDateReadable(o), "Evaluations:ResultsDueMonthDay must be a day of the year written MM-dd.")
            .ValidateOnStart();
        services.AddScoped<EvaluationQueries>();
        services.AddScoped<BackOfficeEvaluations>();
        services.AddReviewedKind<EvaluationReview>();
        services.AddSearchableKind<EvaluationSearch>();
        return services;
    }

    private static bool DueDateReadable(EvaluationOptions options)
    {
        try
        {
            options.DueOn(2024);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
