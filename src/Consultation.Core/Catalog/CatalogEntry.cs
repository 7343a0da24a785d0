namespace Consultation.Core.Catalog;

/// <summary>
/// One line of the 年度重大行政决策事项目录: the decision, the office in charge, when it is planned, its status and six
/// links. Every link points at one of the site's own records (<see cref="SiteRecord"/>), never at a typed address.
/// </summary>
public sealed class CatalogEntry : AggregateRoot
{
    private CatalogEntry() { }

    public int Id { get; private set; }
    public int Year { get; private set; }
    public int DecisionId { get; private set; }
    /// <summary>承办单位.</summary>
    public string Office { get; private set; } = "";
    /// <summary>计划完成时间, as free text (e.g. “2026年第三季度”).</summary>
    public string PlannedTiming { get; private set; } = "";
    public CatalogStatus Status { get; private set; }
    /// <summary>调整理由; required for 已调整.</summary>
    public string? AdjustmentReason { get; private set; }
    /// <summary>A 厅长办公会 with public attendance was held, so the attendance link is required once decided.</summary>
    public bool MeetingHeld { get; private set; }
    public int? DraftConsultationId { get; private set; }
    public int? ExplanationConsultationId { get; private set; }
    public int? BackgroundDecisionId { get; private set; }
    public int? FeedbackReportId { get; private set; }
    public int? MeetingId { get; private set; }
    public int? ResultArticleId { get; private set; }

    public override string AuditSubjectType => "catalog-entry";
    public override string AuditSubjectKey => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static CatalogEntry Create(int year, int decisionId, string office, string plannedTiming)
    {
        if (year is < 2000 or > 2100) throw new DomainException("decision.year_invalid");
        if (decisionId <= 0) throw new DomainException("catalog.decision_required");
        var entry = new CatalogEntry { Year = year, DecisionId = decisionId };
        entry.Describe(office, plannedTiming);
        return entry;
    }

    public void Describe(string office, string plannedTiming)
    {
        if (string.IsNullOrWhiteSpace(office)) throw new DomainException("catalog.office_required");
        if (office.Trim().Length > 100) throw new DomainException("catalog.office_too_long");
        if ((plannedTiming ?? "").Trim().Length > 100) throw new DomainException("catalog.timing_too_long");
        Office = office.Trim();
        PlannedTiming = (plannedTiming ?? "").Trim();
    }

    /// <summary>Moves the entry to a status; 已调整 needs a reason, which the public list shows.</summary>
    public void ChangeStatus(CatalogStatus status, string? reason, bool meetingHeld)
    {
        if (!Enum.IsDefined(status)) throw new DomainException("catalog.status_unknown");
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (status == CatalogStatus.Adjusted && trimmed is null) throw new DomainException("catalog.reason_required");
        if (trimmed is { Length: > 500 }) throw new DomainException("catalog.reason_too_long");
        Status = status;
        AdjustmentReason = status == CatalogStatus.Adjusted ? trimmed : null;
        MeetingHeld = meetingHeld;
    }

    /// <summary>
    /// Announces, once per save, that the entry's public line was created or changed: the catalog is public without
    /// review, so whatever follows it (the search index) hears of every change.
    /// </summary>
    public void MarkChanged(DateTimeOffset now)
    {
        if (!DomainEvents.OfType<CatalogEntryChanged>().Any()) Raise(new CatalogEntryChanged(now));
    }

    /// <summary>Points a slot at a site record chosen from a list (<c>kind:id</c>), or clears it when empty.</summary>
    public void Link(CatalogSlot slot, string? choice)
    {
        var record = SiteRecord.Parse(choice);
        if (record is not null && record.Kind != KindFor(slot)) throw new DomainException("catalog.record_wrong_kind");
        var id = record?.Id;
        switch (slot)
        {
            case CatalogSlot.Draft: DraftConsultationId = id; break;
            case CatalogSlot.Explanation: ExplanationConsultationId = id; break;
            case CatalogSlot.Background: BackgroundDecisionId = id; break;
            case CatalogSlot.Feedback: FeedbackReportId = id; break;
            case CatalogSlot.Attendance: MeetingId = id; break;
            case CatalogSlot.Result: ResultArticleId = id; break;
            default: throw new DomainException("catalog.slot_unknown");
        }
    }

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
        return id is { } value ? new SiteRecord(KindFor(slot), value) : null;
    }

    /// <summary>Required slots with no link chosen at all; the resolver also treats unpublished targets as missing.</summary>
    public IReadOnlyList<CatalogSlot> MissingSlots() =>
        CatalogCompleteness.Missing(Status, MeetingHeld,
            Enum.GetValues<CatalogSlot>().Where(s => LinkOf(s) is not null).ToHashSet());

    public static SiteRecordKind KindFor(CatalogSlot slot) => slot switch
    {
        CatalogSlot.Draft or CatalogSlot.Explanation => SiteRecordKind.Consultation,
        CatalogSlot.Background => SiteRecordKind.Decision,
        CatalogSlot.Feedback => SiteRecordKind.FeedbackReport,
        CatalogSlot.Attendance => SiteRecordKind.Meeting,
        CatalogSlot.Result => SiteRecordKind.Article,
        _ => throw new DomainException("catalog.slot_unknown"),
    };
}
