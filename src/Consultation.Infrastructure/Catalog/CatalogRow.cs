using Consultation.Core.Catalog;

namespace Consultation.Infrastructure.Catalog;

/// <summary>
/// A catalog entry with its links resolved against what is public now, and its status following the decision's
/// published facts; <see cref="DecidedOn"/> and <see cref="DecisionDocumentNumber"/> are the result shown with 已决策.
/// <see cref="UpdatedAt"/> is the line's own time for feeds: its last 终审, or the newer published fact it follows.
/// </summary>
public sealed record CatalogRow(int Id, int Year, int DecisionId, string DecisionTitle, string Office,
    string PlannedTiming, CatalogStatus Status, string? AdjustmentReason, bool MeetingHeld,
    IReadOnlyList<CatalogLink> Links, DateOnly? DecidedOn = null, string? DecisionDocumentNumber = null,
    DateTimeOffset UpdatedAt = default)
{
    public IReadOnlyList<CatalogSlot> Missing => Links.Where(l => l.Pending).Select(l => l.Slot).ToList();

    public bool Complete => Missing.Count == 0;
}
