using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Consultation.Core.Accounts;
using Consultation.Core.Audit;
using Consultation.Core.Review;

namespace Consultation.Core.Consultations;

/// <summary>
/// 重大行政决策: the decision a consultation, a meeting and a catalog entry are about. Its 决策背景 is public only
/// through 三审 (a revision waits for its own review while the public keeps the approved text), and the decision
/// itself — its date and document number — is recorded as a fact of its own, which starts the adoption-report clock.
/// </summary>
public sealed class Decision : AggregateRoot
{
    public const int MaxDocumentNumberLength = 100;

    private Decision() { }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>承办处室.</summary>
    public string Department { get; private set; } = "";
    public int Year { get; private set; }
    /// <summary>Listed in the year's 重大行政决策事项目录.</summary>
    public bool InCatalog { get; private set; }
    /// <summary>决策背景 (Markdown), as being written.</summary>
    public string BackgroundMarkdown { get; private set; } = "";
    /// <summary>决策背景 as last approved: what the public reads.</summary>
    public string PublishedBackgroundMarkdown { get; private set; } = "";
    public DateTimeOffset? PublishedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public string LastEditedBy { get; private set; } = "";
    public int Revision { get; private set; }
    public ReviewWorkflow Workflow { get; private set; } = new();
    /// <summary>The day the decision was made; starts the adoption-report clock.</summary>
    public DateOnly? DecidedOn { get; private set; }
    /// <summary>发文字号 of the decision document, when there is one.</summary>
    public string DecisionDocumentNumber { get; private set; } = "";
    public string? DecisionRecordedBy { get; private set; }
    public DateTimeOffset? DecisionRecordedAt { get; private set; }
    /// <summary>决策结果: the published article carrying the decision's result document, once there is one.</summary>
    public int? ResultArticleId { get; private set; }

    public override string AuditSubjectType => "decision";
    public override string AuditSubjectKey => Id.ToString(CultureInfo.InvariantCulture);

    public bool IsPublic => PublishedAt is not null;

    public bool HasUnpublishedRevision => IsPublic && BackgroundMarkdown != PublishedBackgroundMarkdown;

    public string ContentHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join('\u001f', Title, Department, Year, BackgroundMarkdown))));

    public static Decision Create(string title, string department, int year, bool inCatalog, string background,
        Actor editor)
    {
        editor.EnsureCanEdit();
        var decision = new Decision { CreatedBy = editor.UserId };
        decision.Describe(title, department, year, inCatalog, background, editor);
        return decision;
    }

    /// <summary>Title, office, year and background, while nothing of the decision is public yet.</summary>
    public void Describe(string title, string department, int year, bool inCatalog, string background, Actor editor)
    {
        editor.EnsureCanEdit();
        if (IsPublic) throw new DomainException("decision.frozen_after_publish");
        if (Workflow.IsInReview) throw new DomainException("review.edit_during_review");
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("decision.title_required");
        if (title.Trim().Length > 300) throw new DomainException("decision.title_too_long");
        if (year is < 2000 or > 2100) throw new DomainException("decision.year_invalid");
        // A catalog line names its 承办单位, so a decision listed in the catalog must say who is in charge.
        if (inCatalog && string.IsNullOrWhiteSpace(department)) throw new DomainException("decision.department_required");
        Title = title.Trim();
        Department = (department ?? "").Trim();
        Year = year;
        InCatalog = inCatalog;
        BackgroundMarkdown = background ?? "";
        LastEditedBy = editor.UserId;
        Revision++;
    }

    /// <summary>A revised 决策背景: a new version through 三审; the public keeps the approved one until it passes.</summary>
    public void ReviseBackground(string background, Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        if (Workflow.IsInReview) throw new DomainException("review.edit_during_review");
        if (string.IsNullOrWhiteSpace(background)) throw new DomainException("decision.background_required");
        BackgroundMarkdown = background;
        LastEditedBy = editor.UserId;
        Revision++;
        if (Workflow.RestartForNewVersion() is { } restarted) Audit(restarted, editor, now, null);
    }

    public void Submit(Actor actor, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(BackgroundMarkdown)) throw new DomainException("decision.background_required");
        Audit(Workflow.Submit(actor), actor, now, null);
    }

    public void SendBack(Actor actor, string? comment, DateTimeOffset now) =>
        Audit(Workflow.SendBack(actor, comment), actor, now, comment?.Trim());

    /// <summary>Passes a stage; after 终审 the approved background is the public one.</summary>
    public void Approve(Actor actor, DateTimeOffset now)
    {
        var transition = Workflow.Approve(actor, new HashSet<string> { CreatedBy, LastEditedBy });
        Audit(transition, actor, now, null);
        if (transition.To != ReviewState.Approved) return;
        PublishedBackgroundMarkdown = BackgroundMarkdown;
        PublishedAt ??= now;
        Raise(DocumentTransitioned.Published(Title, Revision, ContentHash, null, now));
    }

    /// <summary>
    /// Records that the decision was made on <paramref name="decidedOn"/> (with its document number): the fact that
    /// starts the adoption-report clock, whether or not a report has been drafted. Not in the future, and not before any
    /// of its consultations closed. A correction is recorded the same way and audited.
    /// </summary>
    public void RecordDecision(DateOnly decidedOn, string? documentNumber, IEnumerable<PublicConsultation> consultations,
        Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        if (decidedOn > ShanghaiTime.DayOf(now)) throw new DomainException("decision.date_in_future");
        if (consultations.Any(c => c.ReportedAt is not null)) throw new DomainException("decision.already_reported");
        if (consultations.Any(c => ShanghaiTime.DayOf(c.Window.ClosesAt) > decidedOn))
            throw new DomainException("decision.before_consultation_closed");
        var number = (documentNumber ?? "").Trim();
        if (number.Length > MaxDocumentNumberLength) throw new DomainException("decision.number_too_long", MaxDocumentNumberLength);
        var before = DecidedOn is { } d ? ShanghaiTime.Date(d) : "";
        DecidedOn = decidedOn;
        DecisionDocumentNumber = number;
        DecisionRecordedBy = editor.UserId;
        DecisionRecordedAt = now;
        Raise(new DocumentTransitioned(Title, editor.UserId, editor.DisplayName, "record_decision", before,
            ShanghaiTime.Date(decidedOn), Revision, ContentHash, number.Length > 0 ? number : null, now));
    }

    /// <summary>
    /// Names the article that publishes the decision's result (决策结果); the catalog line links it and shows 已决策
    /// once the article is public. Only after the decision is recorded; a correction is recorded the same way.
    /// </summary>
    public void LinkResult(int articleId, Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        if (DecidedOn is null) throw new DomainException("decision.result_before_decision");
        if (articleId <= 0) throw new DomainException("decision.result_required");
        var before = ResultArticleId?.ToString(CultureInfo.InvariantCulture) ?? "";
        ResultArticleId = articleId;
        Raise(new DocumentTransitioned(Title, editor.UserId, editor.DisplayName, "link_result", before,
            articleId.ToString(CultureInfo.InvariantCulture), Revision, ContentHash, null, now));
    }

    private void Audit(ReviewTransition t, Actor actor, DateTimeOffset now, string? comment) =>
        Raise(DocumentTransitioned.Moved(Title, t, actor, Revision, ContentHash, comment, now));
}
