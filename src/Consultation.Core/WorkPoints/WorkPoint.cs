namespace Consultation.Core.WorkPoints;

/// <summary>One row of a year's 政务公开工作要点任务分工 table: the work point, what it requires and who does it.</summary>
public sealed class WorkPoint
{
    private WorkPoint() { }

    public int Id { get; private set; }
    public int Year { get; private set; }
    public int SortOrder { get; private set; }
    /// <summary>工作要点.</summary>
    public string Area { get; private set; } = "";
    /// <summary>具体要求.</summary>
    public string Requirement { get; private set; } = "";
    /// <summary>牵头单位: the first office named in 任务分工.</summary>
    public string LeadOffice { get; private set; } = "";
    /// <summary>配合单位: the other offices named in 任务分工.</summary>
    public string CooperatingOffices { get; private set; } = "";

    public static WorkPoint Create(int year, int sortOrder, string area, string requirement, string assignment)
    {
        if (year is < 2000 or > 2100) throw new DomainException("workpoint.year_invalid");
        if (string.IsNullOrWhiteSpace(area) || string.IsNullOrWhiteSpace(requirement))
            throw new DomainException("workpoint.text_required");
        var offices = SplitOffices(assignment);
        if (offices.Count == 0) throw new DomainException("workpoint.office_required");
        return new WorkPoint
        {
            Year = year,
            SortOrder = sortOrder,
            Area = area.Trim(),
            Requirement = requirement.Trim(),
            LeadOffice = offices[0],
            CooperatingOffices = string.Join("、", offices.Skip(1)),
        };
    }

    /// <summary>任务分工 lists offices separated by commas (full- or half-width) or 、.</summary>
    public static IReadOnlyList<string> SplitOffices(string assignment) =>
        (assignment ?? "").Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
