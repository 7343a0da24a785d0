namespace Consultation.Core.Catalog;

/// <summary>
/// Which links an entry must carry in each status. 计划: none yet. 征求意见: draft, explanation and background.
/// 已反馈: those and the adoption report. 已决策: all six, except public attendance when no meeting with public attendance was held. 已调整: the reason,
/// plus the background, so a reader can see what the adjusted decision was about.
/// </summary>
public static class CatalogCompleteness
{
    public static IReadOnlyList<CatalogSlot> Required(CatalogStatus status, bool meetingHeld) => status switch
    {
        CatalogStatus.Planned => [],
        CatalogStatus.Consulting => [CatalogSlot.Draft, CatalogSlot.Explanation, CatalogSlot.Background],
        CatalogStatus.Reported => [CatalogSlot.Draft, CatalogSlot.Explanation, CatalogSlot.Background, CatalogSlot.Feedback],
        CatalogStatus.Decided => meetingHeld
            ? [CatalogSlot.Draft, CatalogSlot.Explanation, CatalogSlot.Background, CatalogSlot.Feedback,
                CatalogSlot.Attendance, CatalogSlot.Result]
            : [CatalogSlot.Draft, CatalogSlot.Explanation, CatalogSlot.Background, CatalogSlot.Feedback,
                CatalogSlot.Result],
        CatalogStatus.Adjusted => [CatalogSlot.Background],
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Required slots that have no working link; <paramref name="available"/> holds the slots that resolve.</summary>
    public static IReadOnlyList<CatalogSlot> Missing(CatalogStatus status, bool meetingHeld,
        IReadOnlySet<CatalogSlot> available) =>
        Required(status, meetingHeld).Where(s => !available.Contains(s)).ToList();
}
