using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Consultation.Core.Accounts;
using Consultation.Core.Audit;
using Consultation.Core.Review;

namespace Consultation.Core.Adoption;

/// <summary>
/// 意见采纳情况: how public comments were collected and adopted, published through 三审 within N working days of the
/// decision. It cannot enter review while any comment is unassigned or any opinion group is undecided.
/// </summary>
public sealed class FeedbackReport : AggregateRoot
{
    private FeedbackReport() { }

    public int Id { get; private set; }
    public int ConsultationId { get; private set; }
    public DateOnly DecidedOn { get; private set; }
    /// <summary>The N-th working day after <see cref="DecidedOn"/>, from the editable holiday calendar.</summary>
    public DateOnly DueOn { get; private set; }
    public string IntroductionMarkdown { get; private set; } = "";
    /// <summary>The decision's final text, compared clause by clause with the consultation draft.</summary>
    public string FinalTextMarkdown { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public string LastEditedBy { get; private set; } = "";
    public int Revision { get; private set; }
    public ReviewWorkflow Workflow { get; private set; } = new();
    public DateTimeOffset? PublishedAt { get; private set; }

    public override string AuditSubjectType => "report";
    public override string AuditSubjectKey => Id.ToString(CultureInfo.InvariantCulture);

    public bool IsPublished => PublishedAt is not null;

    public string ContentHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join('\u001f', DecidedOn.ToString("O"), IntroductionMarkdown, FinalTextMarkdown))));

    public static FeedbackReport Create(int consultationId, DateOnly decidedOn, DateOnly dueOn, Actor editor)
    {
        editor.EnsureCanEdit();
        var report = new FeedbackReport { ConsultationId = consultationId, CreatedBy = editor.UserId };
        report.Edit(decidedOn, dueOn, "", "", editor);
        return report;
    }

    public void Edit(DateOnly decidedOn, DateOnly dueOn, string introduction, string finalText, Actor editor)
    {
        editor.EnsureCanEdit();
        if (IsPublished) throw new DomainException("report.frozen_after_publish");
        if (Workflow.IsInReview) throw new DomainException("review.edit_during_review");
        if (dueOn <= decidedOn) throw new DomainException("report.due_before_decision");
        DecidedOn = decidedOn;
        DueOn = dueOn;
        IntroductionMarkdown = introduction ?? "";
        FinalTextMarkdown = finalText ?? "";
        LastEditedBy = editor.UserId;
        Revision++;
        Workflow.RestartForNewVersion();
    }

    public bool IsOverdue(DateOnly today) => !IsPublished && today > DueOn;

    /// <summary>Enters 三审 only when every comment is in a group and every group has its disposition.</summary>
    public void Submit(Actor actor, ReportReadiness readiness, DateTimeOffset now)
    {
        readiness.EnsureReady();
        Audit(Workflow.Submit(actor), actor, now, null);
    }

    public void SendBack(Actor actor, string? comment, DateTimeOffset now) =>
        Audit(Workflow.SendBack(actor, comment), actor, now, comment?.Trim());

    /// <summary>Passes a stage; after 终审 the report is public. Returns whether it was published by this call.</summary>
    public bool Approve(Actor actor, DateTimeOffset now)
    {
        var transition = Workflow.Approve(actor, new HashSet<string> { CreatedBy, LastEditedBy });
        Audit(transition, actor, now, null);
        if (transition.To != ReviewState.Approved) return false;
        PublishedAt = now;
        Raise(new DocumentTransitioned($"report:{ConsultationId}", "system", "system", "publish", "Approved", "Published",
            Revision, ContentHash, null, now));
        return true;
    }

    private void Audit(ReviewTransition t, Actor actor, DateTimeOffset now, string? comment) =>
        Raise(new DocumentTransitioned($"report:{ConsultationId}", actor.UserId, actor.DisplayName, t.Action,
            t.From.ToString(), t.To.ToString(), Revision, ContentHash, comment, now));
}
