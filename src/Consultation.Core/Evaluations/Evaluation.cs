namespace Consultation.Core.Evaluations;

/// <summary>
/// A policy evaluation (政策评估): what was evaluated, the result, and when the result was made public. The source
/// notice asks for at least two a year, with results public by the end of the year.
/// </summary>
public sealed class Evaluation
{
    private Evaluation() { }

    public int Id { get; private set; }
    public int Year { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>评估结果 (Markdown); required before publication.</summary>
    public string ResultMarkdown { get; private set; } = "";
    public DateOnly? PublishedOn { get; private set; }

    public bool IsPublished => PublishedOn is not null;

    public static Evaluation Create(int year, string title)
    {
        if (year is < 2000 or > 2100) throw new DomainException("decision.year_invalid");
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("evaluation.title_required");
        if (title.Trim().Length > 300) throw new DomainException("evaluation.title_too_long");
        return new Evaluation { Year = year, Title = title.Trim() };
    }

    public void RecordResult(string result)
    {
        if (IsPublished) throw new DomainException("evaluation.published");
        ResultMarkdown = result ?? "";
    }

    /// <summary>Makes the result public; an evaluation without a result cannot be published.</summary>
    public void Publish(DateOnly on)
    {
        if (IsPublished) throw new DomainException("evaluation.published");
        if (string.IsNullOrWhiteSpace(ResultMarkdown)) throw new DomainException("evaluation.result_required");
        PublishedOn = on;
    }

    /// <summary>The year's duty: met with <paramref name="minimum"/> results public by 31 December, else due or overdue.</summary>
    public static EvaluationDuty DutyOf(int year, IEnumerable<Evaluation> evaluations, int minimum, DateOnly today)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var inTime = evaluations.Count(e => e.Year == year && e.PublishedOn is { } on && on <= yearEnd);
        if (inTime >= minimum) return EvaluationDuty.Met;
        return today > yearEnd ? EvaluationDuty.Overdue : EvaluationDuty.Due;
    }
}
