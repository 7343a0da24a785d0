using System.Text.Json;
using Consultation.Core.Catalog;
using Consultation.Infrastructure.Catalog;

namespace Consultation.Web.Features.OpenData;

/// <summary>A catalog line in the API: its status following the decision's published facts, and each link slot's public path (null until public).</summary>
public sealed record OpenCatalogRecord(long Id, int Year, int DecisionId, string Decision, string Office,
    string PlannedTiming, CatalogStatus Status, string? AdjustmentReason, DateOnly? DecidedOn,
    string? DecisionDocumentNumber, DateTimeOffset UpdatedAt, IReadOnlyDictionary<string, string?> Links,
    IReadOnlyList<string> Missing)
{
    public static OpenCatalogRecord From(CatalogRow r) => new(r.Id, r.Year, r.DecisionId, r.DecisionTitle, r.Office,
        r.PlannedTiming, r.Status, r.AdjustmentReason, r.DecidedOn, r.DecisionDocumentNumber, r.UpdatedAt,
        r.Links.ToDictionary(l => Name(l.Slot), l => l.Url), r.Missing.Select(Name).ToList());

    private static string Name(CatalogSlot slot) => JsonNamingPolicy.CamelCase.ConvertName(slot.ToString());
}
