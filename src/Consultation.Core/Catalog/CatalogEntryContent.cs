using System.Text.Json;

namespace Consultation.Core.Catalog;

/// <summary>
/// What one catalog line says: office, timing, status and its six links. The entry keeps the version being written
/// and, separately, the version that passed 三审, which is the only one the public reads.
/// </summary>
public sealed record CatalogEntryContent(
    string Office,
    string PlannedTiming,
    CatalogStatus Status,
    string? AdjustmentReason,
    bool MeetingHeld,
    int? DraftConsultationId,
    int? ExplanationConsultationId,
    int? BackgroundDecisionId,
    int? FeedbackReportId,
    int? MeetingId,
    int? ResultArticleId)
{
    public SiteRecord? LinkOf(CatalogSlot slot)
    {
        int? id = slot switch
        {
            CatalogSlot.Draft => DraftConsultationId,
            CatalogSlot.Explanation => ExplanationConsultationId,
            CatalogSlot.Background => BackgroundDecisionId,
            CatalogSlot.Feedback => FeedbackReportId,
            CatalogSlot.Attendance => MeetingId,
            CatalogSlot.Result => ResultArticleId,
            _ => null,
        };
        return id is { } value ? new SiteRecord(CatalogEntry.KindFor(slot), value) : null;
    }

    /// <summary>Required slots with no link chosen at all; the resolver also treats unpublished targets as missing.</summary>
    public IReadOnlyList<CatalogSlot> MissingSlots() =>
        CatalogCompleteness.Missing(Status, MeetingHeld,
            Enum.GetValues<CatalogSlot>().Where(s => LinkOf(s) is not null).ToHashSet());

    public string ToJson() => JsonSerializer.Serialize(this);

    public static CatalogEntryContent FromJson(string json) =>
        JsonSerializer.Deserialize<CatalogEntryContent>(json) ?? throw new InvalidOperationException("Empty catalog content.");
}
