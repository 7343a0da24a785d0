using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Consultation.Core.Accounts;
using Consultation.Core.Audit;
using Consultation.Core.Review;

namespace Consultation.Core.Evaluations;

/// <summary>
/// A policy evaluation (政策评估): what was evaluated, how, over which period, and the result. The source notice asks
/// for at least two a year with results public by the end of the year; like every public item the result goes
/// through 三审 first, and it is public from the day 终审 approves it.
/// </summary>
public sealed class Evaluation : AggregateRoot
{
    /// <summary>How many days before the due date an unmet duty is flagged as due soon.</summary>
    public const int DueSoonDays = 30;

    private const int MaxResultLength = 20000;

    private Evaluation() { }

    public int Id { get; private set; }
    public int Year { get; private set; }
    /// <summary>评估名称.</summary>
    public string Title { get; private set; } = "";
    /// <summary>The evaluated policy when it is one of the site's published policy documents.</summary>
    public int? PolicyDocumentId { get; private set; }
    /// <summary>The evaluated policy's title when it is not on the site; empty when <see cref="PolicyDocumentId"/> is set.</summary>
    public string PolicyTitle { get; private set; } = "";
    /// <summary>评估方式.</summary>
    public EvaluationMethod Method { get; private set; }
    /// <summary>评估期间.</summary>
    public DateOnly PeriodStart { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    /// <summary>评估结果 (Markdown); required before review.</summary>
    public string ResultMarkdown { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public string LastEditedBy { get; private set; } = "";
    public int Revision { get; private set; }
    public ReviewWorkflow Workflow { get; private set; } = new();
    public DateTimeOffset? PublishedAt { get; private set; }
    /// <summary>The Shanghai calendar day 终审 approved the result: the day that counts for the yearly duty.</summary>
    public DateOnly? PublishedOn { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    public override string AuditSubjectType => "evaluation";
    public override string AuditSubjectKey => Id.ToString(CultureInfo.InvariantCulture);

    public string ContentHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
        Year, Title, PolicyDocumentId, PolicyTitle, Method, PeriodStart, PeriodEnd, ResultMarkdown))));

    public static Evaluation Create(EvaluationDetails details, Actor editor)
    {
        editor.EnsureCanEdit();
        var evaluation = new Evaluation { CreatedBy = editor.UserId };
        evaluation.Edit(details, editor);
        return evaluation;
    }

    /// <summary>Changes a draft; refused while in review (reviewers approve what they saw) and once public.</summary>
    public void Edit(EvaluationDetails details, Actor editor)
    {
        editor.EnsureCanEdit();
        if (IsPublished) throw new DomainException("evaluation.published");
        if (Workflow.IsInReview) throw new DomainException("evaluation.in_review");
        if (details.Year is < 2000 or > 2100) throw new DomainException("evaluation.year_invalid");
        var title = (details.Title ?? "").Trim();
        if (title.Length == 0) throw new DomainException("evaluation.title_required");
        if (title.Length > 300) throw new DomainException("evaluation.title_too_long");
        var policyTitle = details.PolicyDocumentId is null ? (details.PolicyTitle ?? "").Trim() : "";
        if (details.PolicyDocumentId is <= 0) throw new DomainException("evaluation.policy_unknown");
        if (details.PolicyDocumentId is null && policyTitle.Length == 0) throw new DomainException("evaluation.policy_required");
        if (policyTitle.Length > 300) throw new DomainException("evaluation.title_too_long");
        if (!Enum.IsDefined(details.Method)) throw new DomainException("evaluation.method_unknown");
        if (details.PeriodStart.Year < 2000 || details.PeriodEnd.Year < 2000)
            throw new DomainException("evaluation.period_required");
        if (details.PeriodEnd < details.PeriodStart) throw new DomainException("evaluation.period_invalid");
        if ((details.ResultMarkdown ?? "").Length > MaxResultLength)
            throw new DomainException("evaluation.result_too_long", MaxResultLength);

        Year = details.Year;
        Title = title;
        PolicyDocumentId = details.PolicyDocumentId;
        PolicyTitle = policyTitle;
        Method = details.Method;
        PeriodStart = details.PeriodStart;
        PeriodEnd = details.PeriodEnd;
        ResultMarkdown = details.ResultMarkdown ?? "";
        LastEditedBy = editor.UserId;
        Revision++;
    }

    /// <summary>Sends the evaluation to 初审; an evaluation without a result has nothing to review.</summary>
    public void Submit(Actor actor, DateTimeOffset now)
    {
        RequireResult();
        Audit(Workflow.Submit(actor), actor, now, null);
    }

    public void SendBack(Actor actor, string? comment, DateTimeOffset now) =>
        Audit(Workflow.SendBack(actor, comment), actor, now, comment?.Trim());

    /// <summary>Passes a review stage; after 终审 the result is public, dated that day in Shanghai.</summary>
    public void Approve(Actor actor, DateTimeOffset now)
    {
        RequireResult();
        var transition = Workflow.Approve(actor, new HashSet<string> { CreatedBy, LastEditedBy });
        Audit(transition, actor, now, null);
        if (transition.To != ReviewState.Approved) return;
        PublishedAt = now;
        PublishedOn = ShanghaiTime.DayOf(now);
        Raise(DocumentTransitioned.Published(Title, Revision, ContentHash, null, now));
    }

    /// <summary>
    /// The duty given how many results were public by <paramref name="dueOn"/>: met with <paramref name="minimum"/>,
    /// else overdue after the due date, due soon in its last <see cref="DueSoonDays"/> days, due before that.
    /// </summary>
    public static EvaluationDuty DutyOf(int publishedInTime, int minimum, DateOnly dueOn, DateOnly today)
    {
        if (publishedInTime >= minimum) return EvaluationDuty.Met;
        if (today > dueOn) return EvaluationDuty.Overdue;
        return today.AddDays(DueSoonDays) >= dueOn ? EvaluationDuty.DueSoon : EvaluationDuty.Due;
    }

    private void RequireResult()
    {
        if (string.IsNullOrWhiteSpace(ResultMarkdown)) throw new DomainException("evaluation.result_required");
    }

    private void Audit(ReviewTransition t, Actor actor, DateTimeOffset now, string? comment) =>
        Raise(DocumentTransitioned.Moved(Title, t, actor, Revision, ContentHash, comment, now));
}
