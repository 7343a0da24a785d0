using System.Globalization;

namespace Consultation.Infrastructure.Evaluations;

/// <summary>
/// The <c>Evaluations</c> section: how many 政策评估 results a year must make public (source notice: at least 2)
/// and the day by which they must be public (source notice: the end of the year).
/// </summary>
public sealed class EvaluationOptions
{
    public int MinimumPerYear { get; set; } = 2;

    /// <summary>Month and day as <c>MM-dd</c>.</summary>
    public string ResultsDueMonthDay { get; set; } = "12-31";

    public DateOnly DueOn(int year)
    {
        var parsed = DateOnly.ParseExact($"2000-{ResultsDueMonthDay.Trim()}", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new DateOnly(year, parsed.Month, Math.Min(parsed.Day, DateTime.DaysInMonth(year, parsed.Month)));
    }
}
