using Consultation.Core.Catalog;

namespace Consultation.Infrastructure.Catalog;

/// <summary>What an editor sets on an entry; each link is a chosen record written <c>kind:id</c>, or empty.</summary>
public sealed record CatalogEntryInput(int Year, int DecisionId, string? Office, string? PlannedTiming,
    CatalogStatus Status, string? AdjustmentReason, bool MeetingHeld, IReadOnlyDictionary<CatalogSlot, string?> Links);
