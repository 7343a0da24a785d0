using Consultation.Infrastructure.Evaluations;

namespace Consultation.Web.Evaluations;

public static class EvaluationServiceCollectionExtensions
{
    /// <summary>Policy evaluations (政策评估); the yearly minimum and due date come from the <c>Evaluations</c> section.</summary>
    public static IServiceCollection AddPolicyEvaluations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EvaluationOptions>().Bind(configuration.GetSection("Evaluations"))
            .Validate(o => o.MinimumPerYear >= 1, "Evaluations:MinimumPerYear must be at least 1.")
            .Validate(o => DueDateReadable(o), "Evaluations:ResultsDueMonthDay must be a day of the year written MM-dd.")
            .ValidateOnStart();
        services.AddScoped<EvaluationQueries>();
        services.AddScoped<BackOfficeEvaluations>();
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
