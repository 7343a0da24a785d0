using Consultation.Core.Catalog;
using Consultation.Infrastructure.Catalog;

namespace Consultation.Web.Features.Catalog.Admin;

/// <summary>What the catalog entry form posts; each link field holds a chosen record (<c>kind:id</c>) or nothing.</summary>
public sealed class CatalogForm
{
    public int Year { get; set; }
    public int DecisionId { get; set; }
    public string? Office { get; set; }
    public string? PlannedTiming { get; set; }
    public CatalogStatus Status { get; set; }
    public string? AdjustmentReason { get; set; }
    public bool MeetingHeld { get; set; }
    public string? Draft { get; set; }
    public string? Explanation { get; set; }
    public string? Background { get; set; }
    public string? Feedback { get; set; }
    public string? Attendance { get; set; }
    public string? Result { get; set; }

    public CatalogEntryInput ToInput() => new(Year, DecisionId, Office, PlannedTiming, Status, AdjustmentReason,
        MeetingHeld, new Dictionary<CatalogSlot, string?>
        {
            [CatalogSlot.Draft] = Draft, [CatalogSlot.Explanation] = Explanation, [CatalogSlot.Background] = Background,
            [CatalogSlot.Feedback] = Feedback, [CatalogSlot.Attendance] = Attendance, [CatalogSlot.Result] = Result,
        });

    public string? ValueOf(CatalogSlot slot) => slot switch
    {
        CatalogSlot.Draft => Draft, CatalogSlot.Explanation => Explanation, CatalogSlot.Background => Background,
        CatalogSlot.Feedback => Feedback, CatalogSlot.Attendance => Attendance, _ => Result,
    };

    public static CatalogForm From(CatalogEntry e) => new()
    {
        Year = e.Year, DecisionId = e.DecisionId, Office = e.Office, PlannedTiming = e.PlannedTiming, Status = e.Status,
        AdjustmentReason = e.AdjustmentReason, MeetingHeld = e.MeetingHeld,
        Draft = e.LinkOf(CatalogSlot.Draft)?.ToString(), Explanation = e.LinkOf(CatalogSlot.Explanation)?.ToString(),
        Background = e.LinkOf(CatalogSlot.Background)?.ToString(), Feedback = e.LinkOf(CatalogSlot.Feedback)?.ToString(),
        Attendance = e.LinkOf(CatalogSlot.Attendance)?.ToString(), Result = e.LinkOf(CatalogSlot.Result)?.ToString(),
    };
}
