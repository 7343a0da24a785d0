using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Consultation.Core.Accounts;
using Consultation.Core.Audit;
using Consultation.Core.Review;

namespace Consultation.Core.Catalog;

/// <summary>
/// One line of the 年度重大行政决策事项目录: the decision, the office in charge, when it is planned, its status and six
/// links. Every link points at one of the site's own records (<see cref="SiteRecord"/>), never at a typed address.
/// What editors write passes 三审 before the public catalog shows it; until then the public keeps the approved line.
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
    public string CreatedBy { get; private set; } = "";
    public string LastEditedBy { get; private set; } = "";
    public int Revision { get; private set; }
    public ReviewWorkflow Workflow { get; private set; } = new();
    /// <summary>The line as last approved, as JSON; null until the first 终审.</summary>
    public string? PublishedJson { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    public override string AuditSubjectType => "catalog";
    public override string AuditSubjectKey => Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The line as being written.</summary>
    public CatalogEntryContent Current => new(Office, PlannedTiming, Status, AdjustmentReason, MeetingHeld,
        DraftConsultationId, ExplanationConsultationId, BackgroundDecisionId, FeedbackReportId, MeetingId, ResultArticleId);

    /// <summary>The line the public reads, or null before the first 终审.</summary>
    public CatalogEntryContent? Published => PublishedJson is null ? null : CatalogEntryContent.FromJson(PublishedJson);

    public bool HasUnpublishedRevision => PublishedJson != Current.ToJson();

    public string ContentHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        $"{Year}\u001f{DecisionId}\u001f{Current.ToJson()}")));

    public static CatalogEntry Create(int year, int decisionId, string office, string plannedTiming, Actor editor)
    {
        editor.EnsureCanEdit();
        if (year is < 2000 or > 2100) throw new DomainException("decision.year_invalid");
        if (decisionId <= 0) throw new DomainException("catalog.decision_required");
        var entry = new CatalogEntry { Year = year, DecisionId = decisionId, CreatedBy = editor.UserId };
        entry.Describe(office, plannedTiming);
        return entry;
    }

    /// <summary>
    /// The line created when a decision is ticked 列入目录: office and year from the decision, its draft, 起草说明 and
    /// background linked to the decision's own records, submitted for 三审 like any line written by hand. Its status
    /// then follows the decision's published facts (<see cref="DecisionProgress"/>).
    /// </summary>
    public static CatalogEntry ForDecision(int year, int decisionId, string office, int consultationId, Actor editor,
        DateTimeOffset now)
    {
        var entry = Create(year, decisionId, office, $"{year}年", editor);
        var consultation = new SiteRecord(SiteRecordKind.Consultation, consultationId).ToString();
        entry.Link(CatalogSlot.Draft, consultation);
        entry.Link(CatalogSlot.Explanation, consultation);
        entry.Link(CatalogSlot.Background, new SiteRecord(SiteRecordKind.Decision, decisionId).ToString());
        entry.Revised(editor, now);
        entry.Submit(editor, now);
        return entry;
    }

    /// <summary>
    /// Marks what was just written as a new version by <paramref name="editor"/>; a line already public starts a new
    /// review round. Called after <see cref="Describe"/>, <see cref="ChangeStatus"/> and <see cref="Link"/>.
    /// </summary>
    public void Revised(Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        RequireEditable();
        LastEditedBy = editor.UserId;
        Revision++;
        if (Workflow.RestartForNewVersion() is { } restarted) Audit(restarted, editor, now, null);
    }

    public void Submit(Actor actor, DateTimeOffset now) => Audit(Workflow.Submit(actor), actor, now, null);

    public void SendBack(Actor actor, string? comment, DateTimeOffset now) =>
        Audit(Workflow.SendBack(actor, comment), actor, now, comment?.Trim());

    /// <summary>Passes a stage; after 终审 the line as written is the public one.</summary>
    public void Approve(Actor actor, DateTimeOffset now)
    {
        var transition = Workflow.Approve(actor, new HashSet<string> { CreatedBy, LastEditedBy });
        Audit(transition, actor, now, null);
        if (transition.To != ReviewState.Approved) return;
        PublishedJson = Current.ToJson();
        PublishedAt ??= now;
        Raise(DocumentTransitioned.Published(AuditTitle, Revision, ContentHash, null, now));
    }

    public void Describe(string office, string plannedTiming)
    {
        RequireEditable();
        if (string.IsNullOrWhiteSpace(office)) throw new DomainException("catalog.office_required");
        if (office.Trim().Length > 100) throw new DomainException("catalog.office_too_long");
        if ((plannedTiming ?? "").Trim().Length > 100) throw new DomainException("catalog.timing_too_long");
        Office = office.Trim();
        PlannedTiming = (plannedTiming ?? "").Trim();
    }

    /// <summary>Moves the entry to a status; 已调整 needs a reason, which the public list shows.</summary>
    public void ChangeStatus(CatalogStatus status, string? reason, bool meetingHeld)
    {
        RequireEditable();
        if (!Enum.IsDefined(status)) throw new DomainException("catalog.status_unknown");
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (status == CatalogStatus.Adjusted && trimmed is null) throw new DomainException("catalog.reason_required");
        if (trimmed is { Length: > 500 }) throw new DomainException("catalog.reason_too_long");
        Status = status;
        AdjustmentReason = status == CatalogStatus.Adjusted ? trimmed : null;
        MeetingHeld = meetingHeld;
    }

    /// <summary>Points a slot at a site record chosen from a list (<c>kind:id</c>), or clears it when empty.</summary>
    public void Link(CatalogSlot slot, string? choice)
    {
        RequireEditable();
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

    public SiteRecord? LinkOf(CatalogSlot slot) => Current.LinkOf(slot);

    /// <summary>Required slots with no link chosen at all; the resolver also treats unpublished targets as missing.</summary>
    public IReadOnlyList<CatalogSlot> MissingSlots() => Current.MissingSlots();

    public static SiteRecordKind KindFor(CatalogSlot slot) => slot switch
    {
        CatalogSlot.Draft or CatalogSlot.Explanation => SiteRecordKind.Consultation,
        CatalogSlot.Background => SiteRecordKind.Decision,
        CatalogSlot.Feedback => SiteRecordKind.FeedbackReport,
        CatalogSlot.Attendance => SiteRecordKind.Meeting,
        CatalogSlot.Result => SiteRecordKind.Article,
        _ => throw new DomainException("catalog.slot_unknown"),
    };

    private string AuditTitle => $"目录 {Year}（决策 {DecisionId}）";

    private void RequireEditable()
    {
        if (Workflow.IsInReview) throw new DomainException("review.edit_during_review");
    }

    private void Audit(ReviewTransition t, Actor actor, DateTimeOffset now, string? comment) =>
        Raise(DocumentTransitioned.Moved(AuditTitle, t, actor, Revision, ContentHash, comment, now));
}
