using Consultation.Core.Disclosure;

namespace Consultation.Infrastructure.Disclosure;

/// <summary>A request with its reply deadline as it stands today.</summary>
public sealed record DisclosureRow(DisclosureRequest Request, DisclosureDeadline Deadline)
{
    /// <summary>Open and within the configured working days of its due date, or past it.</summary>
    public bool NeedsAttention(int dueSoonWorkingDays) =>
        !Request.IsClosed && Deadline.WorkingDaysLeft is { } left && left <= dueSoonWorkingDays;
}
