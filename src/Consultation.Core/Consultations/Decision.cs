namespace Consultation.Core.Consultations;

/// <summary>重大行政决策: the decision a consultation, a meeting and a catalog entry are about.</summary>
public sealed class Decision
{
    private Decision() { }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>承办处室.</summary>
    public string Department { get; private set; } = "";
    public int Year { get; private set; }
    /// <summary>Listed in the year's 重大行政决策事项目录.</summary>
    public bool InCatalog { get; private set; }
    /// <summary>决策背景 (Markdown).</summary>
    public string BackgroundMarkdown { get; private set; } = "";
    /// <summary>The day the decision was made; starts the adoption-report clock.</summary>
    public DateOnly? DecidedOn { get; private set; }

    public static Decision Create(string title, string department, int year, bool inCatalog, string background)
    {
        var decision = new Decision();
        decision.Edit(title, department, year, inCatalog, background);
        return decision;
    }

    public void Edit(string title, string department, int year, bool inCatalog, string background)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("decision.title_required");
        if (title.Trim().Length > 300) throw new DomainException("decision.title_too_long");
        if (year is < 2000 or > 2100) throw new DomainException("decision.year_invalid");
        Title = title.Trim();
        Department = (department ?? "").Trim();
        Year = year;
        InCatalog = inCatalog;
        BackgroundMarkdown = background ?? "";
    }

    public void RecordDecision(DateOnly decidedOn) => DecidedOn = decidedOn;
}
