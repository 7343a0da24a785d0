using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Consultation.Core.Accounts;
using Consultation.Core.Audit;
using Consultation.Core.Consultations;
using Consultation.Core.Review;

namespace Consultation.Core.Adoption;

/// <summary>
/// 意见采纳情况: how the comments of a closed consultation were collected and handled, through 三审. Submitting it
/// freezes the groups, dispositions, reasons and counts into a <see cref="ReportSnapshot"/>; 终审 publishes that
/// snapshot as a version that never changes. A correction is a new version with a public 更正说明, through 三审 again.
/// The due date is not stored: it follows the decision's recorded date on the editable calendar.
/// </summary>
public sealed class FeedbackReport : AggregateRoot
{
    public const int MaxCorrectionNoteLength = 2000;

    private readonly List<FeedbackReportVersion> _versions = [];

    private FeedbackReport() { }

    public int Id { get; private set; }
    public int ConsultationId { get; private set; }
    public string IntroductionMarkdown { get; private set; } = "";
    /// <summary>The decision's final text, compared clause by clause with the consultation draft.</summary>
    public string FinalTextMarkdown { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public string LastEditedBy { get; private set; } = "";
    public int Revision { get; private set; }
    public ReviewWorkflow Workflow { get; private set; } = new();
    /// <summary>When the first version went public.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }
    /// <summary>更正说明 of the correction under way, shown with the version it produces.</summary>
    public string? CorrectionNote { get; private set; }
    /// <summary>The snapshot frozen at submission, under review; null while the report is being written.</summary>
    public string? SubmittedSnapshotJson { get; private set; }
    public IReadOnlyList<FeedbackReportVersion> Versions => _versions;

    public override string AuditSubjectType => "report";
    public override string AuditSubjectKey => Id.ToString(CultureInfo.InvariantCulture);

    public bool IsPublished => PublishedAt is not null;

    /// <summary>A published report being corrected: its working text and groups may change, its public version not.</summary>
    public bool IsCorrecting => IsPublished && Workflow.State != ReviewState.Approved;

    /// <summary>The groups and dispositions may not change: the report is in review, or published and not being corrected.</summary>
    public bool FreezesGroups => Workflow.IsInReview || (IsPublished && !IsCorrecting);

    public FeedbackReportVersion? LatestVersion => _versions.OrderBy(v => v.Number).LastOrDefault();

    public string ContentHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join('\u001f', IntroductionMarkdown, FinalTextMarkdown, SubmittedSnapshotJson ?? "", CorrectionNote ?? ""))));

    /// <summary>A report is written only for a consultation whose window has closed.</summary>
    public static FeedbackReport For(PublicConsultation consultation, Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        consultation.RequireClosed(now);
        return new FeedbackReport { ConsultationId = consultation.Id, CreatedBy = editor.UserId };
    }

    public void Edit(string introduction, string finalText, Actor editor)
    {
        editor.EnsureCanEdit();
        if (Workflow.IsInReview) throw new DomainException("review.edit_during_review");
        if (IsPublished && !IsCorrecting) throw new DomainException("report.frozen_after_publish");
        IntroductionMarkdown = introduction ?? "";
        FinalTextMarkdown = finalText ?? "";
        LastEditedBy = editor.UserId;
        Revision++;
        Workflow.RestartForNewVersion();
    }

    /// <summary>Opens a correction of the published report; the public keeps the published version until 终审.</summary>
    public void BeginCorrection(string? note, Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        if (!IsPublished || IsCorrecting) throw new DomainException("report.correction_not_possible");
        var text = (note ?? "").Trim();
        if (text.Length == 0) throw new DomainException("report.correction_note_required");
        if (text.Length > MaxCorrectionNoteLength) throw new DomainException("report.correction_note_too_long", MaxCorrectionNoteLength);
        CorrectionNote = text;
        LastEditedBy = editor.UserId;
        Revision++;
        if (Workflow.RestartForNewVersion() is { } restarted) Audit(restarted, editor, now, text);
    }

    /// <summary>
    /// Enters 三审 only when every comment is in a group and every group has its disposition; the groups are frozen
    /// from here into <paramref name="snapshot"/>, which is what the reviewers pass and the public will read.
    /// </summary>
    public void Submit(Actor actor, ReportReadiness readiness, ReportSnapshot snapshot, DateTimeOffset now)
    {
        readiness.EnsureReady();
        if (IsCorrecting && CorrectionNote is null) throw new DomainException("report.correction_note_required");
        var transition = Workflow.Submit(actor);
        SubmittedSnapshotJson = snapshot.ToJson();
        Audit(transition, actor, now, null);
    }

    public void SendBack(Actor actor, string? comment, DateTimeOffset now)
    {
        var transition = Workflow.SendBack(actor, comment);
        SubmittedSnapshotJson = null;
        Audit(transition, actor, now, comment?.Trim());
    }

    /// <summary>Passes a stage; after 终审 the frozen snapshot is published as a new version. True on first publication.</summary>
    public bool Approve(Actor actor, DateTimeOffset now)
    {
        var transition = Workflow.Approve(actor, new HashSet<string> { CreatedBy, LastEditedBy });
        Audit(transition, actor, now, null);
        if (transition.To != ReviewState.Approved) return false;
        var first = !IsPublished;
        _versions.Add(FeedbackReportVersion.Publish(_versions.Count + 1, IntroductionMarkdown, FinalTextMarkdown,
            SubmittedSnapshotJson ?? throw new DomainException("report.not_submitted"), CorrectionNote, now, ContentHash));
        PublishedAt ??= now;
        Raise(DocumentTransitioned.Published($"report:{ConsultationId}", Revision, ContentHash, CorrectionNote, now));
        CorrectionNote = null;
        return first;
    }

    private void Audit(ReviewTransition t, Actor actor, DateTimeOffset now, string? comment) =>
        Raise(DocumentTransitioned.Moved($"report:{ConsultationId}", t, actor, Revision, ContentHash, comment, now));
}
