namespace Consultation.Core.Inspection;

/// <summary>The few ways an item's findings become a verdict; each item of the self-check uses one.</summary>
public static class InspectionVerdict
{
    /// <summary>Counted items: none pass, <paramref name="vetoAt"/> or more fail, any fewer are a risk.</summary>
    public static InspectionStatus ByCount(int count, int vetoAt) =>
        count <= 0 ? InspectionStatus.Pass : count >= vetoAt ? InspectionStatus.Fail : InspectionStatus.AtRisk;

    /// <summary>Items where any failure fails, and any warning is a risk.</summary>
    public static InspectionStatus ByFindings(int failing, int warning) =>
        failing > 0 ? InspectionStatus.Fail : warning > 0 ? InspectionStatus.AtRisk : InspectionStatus.Pass;

    /// <summary>
    /// A time limit on the day something was last done: failed once <paramref name="deadline"/> has passed, at risk in
    /// its last <paramref name="warningDays"/> days.
    /// </summary>
    public static InspectionStatus ByDeadline(DateOnly deadline, DateOnly today, int warningDays) =>
        today > deadline ? InspectionStatus.Fail
        : today.AddDays(warningDays) >= deadline ? InspectionStatus.AtRisk
        : InspectionStatus.Pass;

    /// <summary>The last day a column of <paramref name="cycle"/> last updated on <paramref name="lastUpdated"/> is still fresh.</summary>
    public static DateOnly? FreshUntil(Content.ColumnUpdateCycle cycle, DateOnly lastUpdated, InspectionRules rules) =>
        cycle switch
        {
            Content.ColumnUpdateCycle.News => lastUpdated.AddDays(rules.NewsColumnDays),
            Content.ColumnUpdateCycle.Notice => lastUpdated.AddMonths(rules.NoticeColumnMonths),
            _ => null,
        };
}
