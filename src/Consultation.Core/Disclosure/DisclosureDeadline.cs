namespace Consultation.Core.Disclosure;

/// <summary>
/// A request's reply deadline on a given day. <see cref="DueOn"/> is null while the clock waits for a correction or
/// after the request was abandoned. <see cref="WorkingDaysLeft"/> is negative once overdue; for a replied request it
/// is counted to the reply day, so it says whether the reply was in time.
/// </summary>
public sealed record DisclosureDeadline(DateOnly? DueOn, int? WorkingDaysLeft, int ExcludedWorkingDays)
{
    public static DisclosureDeadline Stopped { get; } = new(null, null, 0);

    public bool IsOverdue => WorkingDaysLeft < 0;
}
