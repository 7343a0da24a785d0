using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Consultation.Core.Accounts;
using Consultation.Core.Audit;
using Consultation.Core.Review;

namespace Consultation.Core.WorkPoints;

/// <summary>
/// One row of a year's 政务公开工作要点任务分工 table: the work point, what it requires and who does it, and its
/// progress. A progress report is pending until it passes 三审; the public board shows the last approved one.
/// </summary>
public sealed class WorkPoint : AggregateRoot
{
    private WorkPoint() { }

    public int Id { get; private set; }
    public int Year { get; private set; }
    public int SortOrder { get; private set; }
    /// <summary>工作要点.</summary>
    public string Area { get; private set; } = "";
    /// <summary>具体要求.</summary>
    public string Requirement { get; private set; } = "";
    /// <summary>牵头单位: the first office named in 任务分工.</summary>
    public string LeadOffice { get; private set; } = "";
    /// <summary>配合单位: the other offices named in 任务分工.</summary>
    public string CooperatingOffices { get; private set; } = "";
    /// <summary>进展: where the work point stands; the public board shows it with its date and evidence.</summary>
    public WorkPointStatus Status { get; private set; }
    /// <summary>The day the reported status was reached (Shanghai calendar day).</summary>
    public DateOnly? StatusDate { get; private set; }
    /// <summary>See <see cref="EvidenceLink"/>: an https URL or a path on this site, or "".</summary>
    public string Evidence { get; private set; } = "";
    /// <summary>进展说明: one or two sentences for the public board.</summary>
    public string ProgressNote { get; private set; } = "";
    public string ProgressReportedBy { get; private set; } = "";
    /// <summary>The progress report under way, shown to the public once it passes 三审.</summary>
    public WorkPointStatus? PendingStatus { get; private set; }
    public DateOnly? PendingStatusDate { get; private set; }
    public string PendingEvidence { get; private set; } = "";
    public string PendingNote { get; private set; } = "";
    public string PendingReportedBy { get; private set; } = "";
    public int Revision { get; private set; }
    public ReviewWorkflow Workflow { get; private set; } = new();

    public override string AuditSubjectType => "workpoint";
    public override string AuditSubjectKey => Id.ToString(CultureInfo.InvariantCulture);

    public bool HasPendingProgress => PendingStatus is not null;

    public string ContentHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f',
        Area, PendingStatus?.ToString() ?? "", PendingStatusDate?.ToString("O") ?? "", PendingEvidence, PendingNote))));

    public const int MaxNoteLength = 500;

    public static WorkPoint Create(int year, int sortOrder, string area, string requirement, string assignment)
    {
        if (year is < 2000 or > 2100) throw new DomainException("workpoint.year_invalid");
        if (string.IsNullOrWhiteSpace(area) || string.IsNullOrWhiteSpace(requirement))
            throw new DomainException("workpoint.text_required");
        var offices = SplitOffices(assignment);
        if (offices.Count == 0) throw new DomainException("workpoint.office_required");
        return new WorkPoint
        {
            Year = year,
            SortOrder = sortOrder,
            Area = area.Trim(),
            Requirement = requirement.Trim(),
            LeadOffice = offices[0],
            CooperatingOffices = string.Join("、", offices.Skip(1)),
        };
    }

    /// <summary>
    /// Reports progress, which waits for 三审. Refused: a date in the future or before the plan's year, 已完成 without
    /// evidence the public can check, an unsafe evidence link, a note too long for the board; anyone but an editor;
    /// a change while the previous report is in review.
    /// </summary>
    public void ReportProgress(WorkPointStatus status, DateOnly date, string? evidence, string? note, Actor editor,
        DateOnly today, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        if (Workflow.IsInReview) throw new DomainException("review.edit_during_review");
        if (!Enum.IsDefined(status)) throw new DomainException("workpoint.status_unknown");
        if (date > today) throw new DomainException("workpoint.date_in_future");
        if (date.Year < Year) throw new DomainException("workpoint.date_before_year", Year);
        var link = EvidenceLink.Normalize(evidence);
        if (status == WorkPointStatus.Completed && link.Length == 0)
            throw new DomainException("workpoint.evidence_required");
        var text = (note ?? "").Trim();
        if (text.Length > MaxNoteLength) throw new DomainException("workpoint.note_too_long", MaxNoteLength);
        PendingStatus = status;
        PendingStatusDate = date;
        PendingEvidence = link;
        PendingNote = text;
        PendingReportedBy = editor.UserId;
        Revision++;
        if (Workflow.RestartForNewVersion() is { } restarted) Audit(restarted, editor, now, null);
    }

    public void Submit(Actor actor, DateTimeOffset now)
    {
        if (!HasPendingProgress) throw new DomainException("workpoint.nothing_to_review");
        Audit(Workflow.Submit(actor), actor, now, null);
    }

    public void SendBack(Actor actor, string? comment, DateTimeOffset now) =>
        Audit(Workflow.SendBack(actor, comment), actor, now, comment?.Trim());

    /// <summary>Passes a stage; after 终审 the report is what the public board shows.</summary>
    public void Approve(Actor actor, DateTimeOffset now)
    {
        var transition = Workflow.Approve(actor, new HashSet<string> { PendingReportedBy });
        Audit(transition, actor, now, null);
        if (transition.To != ReviewState.Approved) return;
        var hash = ContentHash;
        Status = PendingStatus!.Value;
        StatusDate = PendingStatusDate;
        Evidence = PendingEvidence;
        ProgressNote = PendingNote;
        ProgressReportedBy = PendingReportedBy;
        PendingStatus = null;
        PendingStatusDate = null;
        PendingEvidence = PendingNote = "";
        Raise(DocumentTransitioned.Published(Area, Revision, hash, null, now));
    }

    private void Audit(ReviewTransition t, Actor actor, DateTimeOffset now, string? comment) =>
        Raise(DocumentTransitioned.Moved(Area, t, actor, Revision, ContentHash, comment, now));

    /// <summary>任务分工 lists offices separated by commas (full- or half-width) or 、.</summary>
    public static IReadOnlyList<string> SplitOffices(string assignment) =>
        (assignment ?? "").Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
