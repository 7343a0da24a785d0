namespace Consultation.Core.Evaluations;

/// <summary>One year's evaluation duty as the dashboard shows it: how many results were public in time, of how many required.</summary>
public sealed record EvaluationYear(int Year, int PublishedInTime, int Minimum, DateOnly DueOn, EvaluationDuty Duty)
{
    /// <summary>Counts the year's results made public on or before <paramref name="dueOn"/> and judges the duty on <paramref name="today"/>.</summary>
    public static EvaluationYear Of(int year, IEnumerable<Evaluation> evaluations, int minimum, DateOnly dueOn,
        DateOnly today)
    {
        var inTime = evaluations.Count(e => e.Year == year && e.PublishedOn is { } on && on <= dueOn);
        return new EvaluationYear(year, inTime, minimum, dueOn, Evaluation.DutyOf(inTime, minimum, dueOn, today));
    }
}
