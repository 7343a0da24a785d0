using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Consultation.Core.Accounts;
using Consultation.Core.Audit;
using Consultation.Core.Comments;
using Consultation.Core.Review;

namespace Consultation.Core.Consultations;

/// <summary>
/// A draft decision open for public comment: full text split into clauses, 起草说明, interpretations and a window.
/// It goes public only through 三审; once public its text and window are frozen so comments keep pointing at the right
/// clause. A revised 起草说明 or a new interpretation is a new version through 三审: the public keeps reading the last
/// approved one until it passes.
/// </summary>
public sealed class PublicConsultation : AggregateRoot
{
    private readonly List<Interpretation> _interpretations = [];
    private readonly List<WindowExtension> _extensions = [];

    private PublicConsultation() { }

    public int Id { get; private set; }
    public int DecisionId { get; private set; }
    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string DraftMarkdown { get; private set; } = "";
    /// <summary>起草说明, as being written.</summary>
    public string ExplanationMarkdown { get; private set; } = "";
    /// <summary>起草说明 as last approved: what the public reads.</summary>
    public string PublishedExplanationMarkdown { get; private set; } = "";
    public ConsultationWindow Window { get; private set; } = null!;
    public ModerationMode Moderation { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public string LastEditedBy { get; private set; } = "";
    public int Revision { get; private set; }
    public ReviewWorkflow Workflow { get; private set; } = new();
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? ReportedAt { get; private set; }
    public IReadOnlyList<Interpretation> Interpretations => _interpretations;
    /// <summary>The interpretations that passed 三审, in the order they were written.</summary>
    public IEnumerable<Interpretation> PublicInterpretations => _interpretations.Where(i => i.IsPublic);
    public IReadOnlyList<WindowExtension> Extensions => _extensions;

    public override string AuditSubjectType => "consultation";
    public override string AuditSubjectKey => Id.ToString(CultureInfo.InvariantCulture);

    public bool IsPublished => PublishedAt is not null;

    public IReadOnlyList<Clause> Clauses => ClauseSplitter.Split(DraftMarkdown);

    public string ContentHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join('\u001f', [Title, DraftMarkdown, ExplanationMarkdown, Window.OpensAt.UtcTicks, Window.ClosesAt.UtcTicks,
            .. _interpretations.Select(i => $"{i.Form}\u001e{i.Title}\u001e{i.BodyMarkdown}")]))));

    public static PublicConsultation Create(int decisionId, string slug, string title, string draft, string explanation,
        ConsultationWindow window, ModerationMode moderation, Actor editor)
    {
        editor.EnsureCanEdit();
        var consultation = new PublicConsultation { DecisionId = decisionId, CreatedBy = editor.UserId };
        consultation.Slug = ValidSlug(slug);
        consultation.Edit(title, draft, explanation, window, moderation, editor);
        return consultation;
    }

    public void Edit(string title, string draft, string explanation, ConsultationWindow window, ModerationMode moderation,
        Actor editor)
    {
        editor.EnsureCanEdit();
        if (IsPublished) throw new DomainException("consultation.frozen_after_publish");
        if (Workflow.IsInReview) throw new DomainException("review.edit_during_review");
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("consultation.title_required");
        if (string.IsNullOrWhiteSpace(draft)) throw new DomainException("consultation.draft_required");
        Title = title.Trim();
        DraftMarkdown = draft;
        ExplanationMarkdown = explanation ?? "";
        Window = window;
        Moderation = moderation;
        LastEditedBy = editor.UserId;
        Revision++;
        Workflow.RestartForNewVersion();
    }

    /// <summary>Adds an interpretation; once the draft is public it waits for 三审 before the public sees it.</summary>
    public void AddInterpretation(InterpretationForm form, string title, string body, Actor editor, DateTimeOffset now)
    {
        RequireRevisable(editor);
        _interpretations.Add(Interpretation.Create(form, title, body));
        NewVersion(editor, now);
    }

    /// <summary>A corrected or fuller 起草说明 for a public draft; the public keeps the approved one until 终审.</summary>
    public void ReviseExplanation(string explanation, Actor editor, DateTimeOffset now)
    {
        RequireRevisable(editor);
        if (string.IsNullOrWhiteSpace(explanation)) throw new DomainException("consultation.explanation_required");
        ExplanationMarkdown = explanation;
        NewVersion(editor, now);
    }

    /// <summary>Something the public has not seen yet waits for 三审.</summary>
    public bool HasUnpublishedRevision => IsPublished &&
        (ExplanationMarkdown != PublishedExplanationMarkdown || _interpretations.Any(i => !i.IsPublic));

    public void ChangeModeration(ModerationMode mode, Actor editor)
    {
        editor.EnsureCanEdit();
        Moderation = mode;
    }

    public ConsultationStatus StatusAt(DateTimeOffset now) =>
        ConsultationStatusRule.Of(Window.OpensAt, Window.ClosesAt, ReportedAt, now);

    /// <summary>
    /// Enters 三审 only with a 起草说明 and interpretations in at least the configured number of forms, the rule
    /// policies follow (三同步).
    /// </summary>
    public void Submit(Actor actor, DateTimeOffset now, ConsultationRules rules)
    {
        if (string.IsNullOrWhiteSpace(ExplanationMarkdown)) throw new DomainException("consultation.explanation_required");
        InterpretationForms.Require(_interpretations.Select(i => i.Form), rules.MinimumInterpretationForms,
            "consultation.too_few_forms");
        Audit(Workflow.Submit(actor), actor, now, null);
    }

    public void SendBack(Actor actor, string? comment, DateTimeOffset now) =>
        Audit(Workflow.SendBack(actor, comment), actor, now, comment?.Trim());

    /// <summary>
    /// Passes a review stage. After the first 终审 the draft is public and frozen: refused then if less of the window
    /// remains than the legal minimum and no reason for a shorter one was recorded. Every 终审 makes the approved
    /// 起草说明 and interpretations the public ones.
    /// </summary>
    public void Approve(Actor actor, DateTimeOffset now, ConsultationRules rules)
    {
        var first = !IsPublished;
        if (first && Workflow.State == ReviewState.AwaitingFinalReview) Window.RequireLongEnoughFrom(now, rules);
        var transition = Workflow.Approve(actor, new HashSet<string> { CreatedBy, LastEditedBy });
        Audit(transition, actor, now, null);
        if (transition.To != ReviewState.Approved) return;
        PublishedExplanationMarkdown = ExplanationMarkdown;
        foreach (var interpretation in _interpretations) interpretation.Publish(now);
        if (first) PublishedAt = now;
        Raise(DocumentTransitioned.Published(Title, Revision, ContentHash, null, now));
    }

    /// <summary>The adoption report was published: the consultation now shows 已反馈.</summary>
    public void MarkReported(DateTimeOffset now)
    {
        RequireClosed(now);
        if (ReportedAt is not null) return;
        ReportedAt = now;
        Raise(new ConsultationReported(now));
    }

    /// <summary>A report answers a closed consultation: refused while it is not public or still open for comment.</summary>
    public void RequireClosed(DateTimeOffset now)
    {
        if (!IsPublished) throw new DomainException("consultation.not_public");
        if (now < Window.ClosesAt) throw new DomainException("report.window_still_open");
    }

    /// <summary>Extends the window; only forwards, only by an editor, always with a public reason.</summary>
    public void Extend(DateTimeOffset newClosesAt, string? reason, Actor editor, DateTimeOffset now, ConsultationRules rules)
    {
        editor.EnsureCanEdit();
        if (ReportedAt is not null) throw new DomainException("consultation.reported");
        if (newClosesAt <= Window.ClosesAt) throw new DomainException("window.extension_not_later");
        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why)) throw new DomainException("window.extension_reason_required");
        if (why.Length > rules.MaxReasonLength) throw new DomainException("window.reason_too_long", rules.MaxReasonLength);
        _extensions.Add(WindowExtension.Create(Window.ClosesAt, newClosesAt, why, editor.DisplayName, now));
        Window = Window with { ClosesAt = newClosesAt };
        Raise(new DocumentTransitioned(Title, editor.UserId, editor.DisplayName, "extend", "Open", "Open", Revision,
            ContentHash, why, now));
    }

    /// <summary>Takes a citizen's comment. Refused outside the window; nothing is created then.</summary>
    public Comment Receive(CommentDraft draft, string receiptCode, IReceiptHasher hasher, SensitiveWordList words,
        DateTimeOffset now, ConsultationRules rules)
    {
        if (!IsPublished) throw new DomainException("consultation.not_public");
        if (ReportedAt is not null) throw new DomainException("consultation.reported");
        if (now < Window.OpensAt) throw new DomainException("consultation.not_open_yet");
        if (!Window.IsOpenAt(now)) throw new DomainException("consultation.closed");
        var body = (draft.Body ?? "").Trim();
        if (body.Length == 0) throw new DomainException("comment.body_required");
        if (body.Length > Comment.MaxBodyLength) throw new DomainException("comment.body_too_long", Comment.MaxBodyLength);
        string? clauseLabel = null;
        if (!string.IsNullOrEmpty(draft.ClauseAnchor))
            clauseLabel = Clauses.FirstOrDefault(c => c.Anchor == draft.ClauseAnchor)?.Label
                          ?? throw new DomainException("comment.clause_unknown");
        var hits = words.Matches(body, draft.Name, draft.Organisation).ToList();
        if (rules.PersonalData == PersonalDataHandling.Hold && PersonalData.Contains(body)) hits.Add(PersonalDataHeld);
        var status = hits.Count > 0 ? CommentStatus.Held
            : Moderation == ModerationMode.PostModeration ? CommentStatus.Published : CommentStatus.Received;
        return Comment.FromWeb(Id, draft with { Body = body }, clauseLabel, receiptCode, hasher, status,
            hits.Count > 0 ? string.Join('、', hits) : null, now);
    }

    /// <summary>Records a comment that came by letter, phone, email or at a symposium.</summary>
    public Comment RecordOffline(CommentChannel channel, DateOnly date, string summary, string? clauseAnchor,
        Actor editor, string receiptCode, IReceiptHasher hasher, DateTimeOffset now, ConsultationRules rules)
    {
        editor.EnsureCanEdit();
        if (ReportedAt is not null) throw new DomainException("consultation.reported");
        if (channel == CommentChannel.Web) throw new DomainException("comment.offline_channel_required");
        var text = (summary ?? "").Trim();
        if (text.Length == 0) throw new DomainException("comment.body_required");
        if (text.Length > Comment.MaxBodyLength) throw new DomainException("comment.body_too_long", Comment.MaxBodyLength);
        string? label = null;
        if (!string.IsNullOrEmpty(clauseAnchor))
            label = Clauses.FirstOrDefault(c => c.Anchor == clauseAnchor)?.Label ?? throw new DomainException("comment.clause_unknown");
        return Comment.FromOffline(Id, channel, date, text, label is null ? null : clauseAnchor, label, editor,
            receiptCode, hasher, now);
    }

    private void RequireRevisable(Actor editor)
    {
        editor.EnsureCanEdit();
        if (Workflow.IsInReview) throw new DomainException("review.edit_during_review");
        if (ReportedAt is not null) throw new DomainException("consultation.reported");
    }

    /// <summary>Marks who wrote what is now under way; a public draft starts a new review round.</summary>
    private void NewVersion(Actor editor, DateTimeOffset now)
    {
        LastEditedBy = editor.UserId;
        Revision++;
        if (Workflow.RestartForNewVersion() is { } restarted) Audit(restarted, editor, now, null);
    }

    private void Audit(ReviewTransition t, Actor actor, DateTimeOffset now, string? comment) =>
        Raise(DocumentTransitioned.Moved(Title, t, actor, Revision, ContentHash, comment, now));


    /// <summary>What the hold list shows for a comment held because its body carries personal data.</summary>
    public const string PersonalDataHeld = "个人信息";

    private static string ValidSlug(string slug)
    {
        var s = (slug ?? "").Trim().ToLowerInvariant();
        if (s.Length is 0 or > 80 || !s.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            throw new DomainException("consultation.slug_invalid");
        return s;
    }
}
