using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Consultation.Core.Accounts;
using Consultation.Core.Audit;
using Consultation.Core.Review;

namespace Consultation.Core.Responses;

/// <summary>
/// 舆情回应: a notice answering public concern about a policy, consultation or article, published through 三审. It
/// records when the concern arose and when the first response went out, so the response time can be measured; when no
/// earlier response is recorded, publication of this notice is the first response.
/// </summary>
public sealed class ResponseNotice : AggregateRoot
{
    public const int MaxTitleLength = 300;
    public const int MaxBodyLength = 50_000;

    private ResponseNotice() { }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public string BodyMarkdown { get; private set; } = "";
    public ConcernSubjectKind SubjectKind { get; private set; }
    public int SubjectId { get; private set; }
    public DateTimeOffset ConcernAroseAt { get; private set; }
    public DateTimeOffset? FirstResponseAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public string LastEditedBy { get; private set; } = "";
    public int Revision { get; private set; }
    public ReviewWorkflow Workflow { get; private set; } = new();
    public DateTimeOffset? PublishedAt { get; private set; }

    public override string AuditSubjectType => "response";
    public override string AuditSubjectKey => Id.ToString(CultureInfo.InvariantCulture);

    public bool IsPublished => PublishedAt is not null;

    public string ContentHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
        Title, BodyMarkdown, SubjectKind, SubjectId, ConcernAroseAt.UtcTicks, FirstResponseAt?.UtcTicks))));

    public static ResponseNotice Create(ResponseDetails details, Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        var notice = new ResponseNotice { CreatedBy = editor.UserId };
        notice.Edit(details, editor, now);
        return notice;
    }

    /// <summary>Changes a draft; refused while in review and once public.</summary>
    public void Edit(ResponseDetails details, Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        if (IsPublished) throw new DomainException("response.published");
        if (Workflow.IsInReview) throw new DomainException("response.in_review");
        var title = TextField.Required(details.Title, MaxTitleLength, "response.title_required", "response.too_long");
        var body = TextField.Required(details.BodyMarkdown, MaxBodyLength, "response.body_required", "response.too_long");
        if (!Enum.IsDefined(details.SubjectKind) || details.SubjectId <= 0) throw new DomainException("response.subject_required");
        if (details.ConcernAroseAt is not { } arose) throw new DomainException("response.concern_required");
        if (arose > now) throw new DomainException("response.concern_in_future");
        if (details.FirstResponseAt is { } first && (first < arose || first > now))
            throw new DomainException("response.first_response_invalid");
        Title = title;
        BodyMarkdown = body;
        SubjectKind = details.SubjectKind;
        SubjectId = details.SubjectId;
        ConcernAroseAt = arose;
        FirstResponseAt = details.FirstResponseAt;
        LastEditedBy = editor.UserId;
        Revision++;
    }

    /// <summary>The time to the first response, or the time waited so far while none has gone out.</summary>
    public ResponseTiming TimingAt(DateTimeOffset now, ResponseRules rules)
    {
        var responded = FirstResponseAt ?? PublishedAt;
        var end = responded ?? now;
        return new ResponseTiming(end < ConcernAroseAt ? TimeSpan.Zero : end - ConcernAroseAt, rules.TargetHours,
            responded is not null);
    }

    public void Submit(Actor actor, DateTimeOffset now) => Audit(Workflow.Submit(actor), actor, now, null);

    public void SendBack(Actor actor, string? comment, DateTimeOffset now) =>
        Audit(Workflow.SendBack(actor, comment), actor, now, comment?.Trim());

    /// <summary>Passes a review stage; after 终审 the notice is public and, if nothing went out before, the first response.</summary>
    public void Approve(Actor actor, DateTimeOffset now)
    {
        var transition = Workflow.Approve(actor, new HashSet<string> { CreatedBy, LastEditedBy });
        Audit(transition, actor, now, null);
        if (transition.To != ReviewState.Approved) return;
        PublishedAt = now;
        FirstResponseAt ??= now;
        Raise(DocumentTransitioned.Published(Title, Revision, ContentHash, null, now));
    }

    private void Audit(ReviewTransition t, Actor actor, DateTimeOffset now, string? comment) =>
        Raise(DocumentTransitioned.Moved(Title, t, actor, Revision, ContentHash, comment, now));
}
