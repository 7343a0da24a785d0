using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Consultation.Core.Accounts;
using Consultation.Core.Audit;
using Consultation.Core.Consultations;
using Consultation.Core.Review;

namespace Consultation.Core.Policies;

/// <summary>
/// A policy document (政策文件) published with its interpretations at the same time (三同步). It cannot enter 三审 nor
/// be published while its interpretations cover fewer forms than the configured minimum (source notice: 2).
/// </summary>
public sealed class PolicyDocument : AggregateRoot
{
    private readonly List<PolicyInterpretation> _interpretations = [];

    private PolicyDocument() { }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>文号, e.g. 鲁教办字〔2026〕1号.</summary>
    public string DocumentNumber { get; private set; } = "";
    public string BodyMarkdown { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public string LastEditedBy { get; private set; } = "";
    public int Revision { get; private set; }
    public ReviewWorkflow Workflow { get; private set; } = new();
    public DateTimeOffset? PublishedAt { get; private set; }
    public IReadOnlyList<PolicyInterpretation> Interpretations => _interpretations;

    public override string AuditSubjectType => "policy";
    public override string AuditSubjectKey => Id.ToString(CultureInfo.InvariantCulture);

    public bool IsPublished => PublishedAt is not null;

    public string ContentHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        $"{Title}\n{DocumentNumber}\n{BodyMarkdown}")));

    /// <summary>How many different forms the interpretations take; two 文字 interpretations count once.</summary>
    public int FormCount => InterpretationForms.Count(_interpretations.Select(i => i.Form));

    public static PolicyDocument Create(string title, string documentNumber, string body, Actor editor)
    {
        editor.EnsureCanEdit();
        var document = new PolicyDocument { CreatedBy = editor.UserId };
        document.Edit(title, documentNumber, body, editor);
        return document;
    }

    public void Edit(string title, string documentNumber, string body, Actor editor)
    {
        RequireEditable(editor);
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("policy.title_required");
        if (title.Trim().Length > 300) throw new DomainException("policy.title_too_long");
        if ((documentNumber ?? "").Trim().Length > 100) throw new DomainException("policy.number_too_long");
        if (string.IsNullOrWhiteSpace(body)) throw new DomainException("policy.body_required");
        Title = title.Trim();
        DocumentNumber = (documentNumber ?? "").Trim();
        BodyMarkdown = body;
        LastEditedBy = editor.UserId;
        Revision++;
    }

    public PolicyInterpretation AddInterpretation(InterpretationForm form, string title, string body, Actor editor)
    {
        RequireEditable(editor);
        var interpretation = PolicyInterpretation.Create(form, title, body);
        _interpretations.Add(interpretation);
        LastEditedBy = editor.UserId;
        return interpretation;
    }

    /// <summary>Sends the document to 初审; refused while the interpretations cover too few forms.</summary>
    public void Submit(Actor actor, int minimumForms, DateTimeOffset now)
    {
        RequireForms(minimumForms);
        Audit(Workflow.Submit(actor), actor, now, null);
    }

    public void SendBack(Actor actor, string? comment, DateTimeOffset now) =>
        Audit(Workflow.SendBack(actor, comment), actor, now, comment?.Trim());

    /// <summary>Passes a review stage; after 终审 the document and all its interpretations are public together.</summary>
    public void Approve(Actor actor, int minimumForms, DateTimeOffset now)
    {
        RequireForms(minimumForms);
        var transition = Workflow.Approve(actor, new HashSet<string> { CreatedBy, LastEditedBy });
        Audit(transition, actor, now, null);
        if (transition.To != ReviewState.Approved) return;
        PublishedAt = now;
        Raise(DocumentTransitioned.Published(Title, Revision, ContentHash, null, now));
    }

    private void RequireForms(int minimumForms) =>
        InterpretationForms.Require(_interpretations.Select(i => i.Form), minimumForms, "policy.too_few_forms");

    private void RequireEditable(Actor editor)
    {
        editor.EnsureCanEdit();
        if (IsPublished || Workflow.IsInReview) throw new DomainException("policy.frozen");
    }

    private void Audit(ReviewTransition t, Actor actor, DateTimeOffset now, string? comment) =>
        Raise(DocumentTransitioned.Moved(Title, t, actor, Revision, ContentHash, comment, now));
}
