using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Consultation.Core.Accounts;
using Consultation.Core.Audit;
using Consultation.Core.Calendar;
using Consultation.Core.Comments;
using Consultation.Core.Review;

namespace Consultation.Core.Messages;

/// <summary>
/// 咨询留言 / 厅长信箱: a citizen's question, handed to an office, answered through 三审. The answer reaches the asker
/// on their status page; question and answer go on the public list only with the asker's consent, as the editor
/// worded the question for publication, and never with the asker's name or contact.
/// </summary>
public sealed class Message : AggregateRoot, IReceipted, IContactHolder
{
    public const int MaxSubjectLength = 100;
    public const int MaxBodyLength = 3000;
    public const int MaxNameLength = 50;
    public const int MaxContactLength = 100;
    public const int MaxOfficeLength = 50;
    public const int MaxAnswerLength = 10_000;
    public const int MaxReasonLength = 500;

    private Message() { }

    public int Id { get; private set; }
    public MessageBox Box { get; private set; }
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string? AskerName { get; private set; }
    public string? Contact { get; private set; }
    public bool ConsentToPublish { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    /// <summary>The Shanghai day the message arrived: the reply clocks count from it.</summary>
    public DateOnly ReceivedOn { get; private set; }
    public string ReceiptLookup { get; private set; } = "";
    public string ReceiptHash { get; private set; } = "";
    public string? IdempotencyKey { get; private set; }
    public MessageStatus Status { get; private set; }
    public string? HeldWords { get; private set; }
    public string? InvalidReason { get; private set; }
    /// <summary>承办处室.</summary>
    public string? Office { get; private set; }
    /// <summary>The question as it will be published, edited to leave out anything personal.</summary>
    public string? PublicQuestion { get; private set; }
    public string? AnswerText { get; private set; }
    /// <summary>The editor's choice to publish question and answer; only possible with the asker's consent.</summary>
    public bool PublishAnswer { get; private set; }
    public string? AnswerCreatedBy { get; private set; }
    public string? AnswerEditedBy { get; private set; }
    public int Revision { get; private set; }
    public ReviewWorkflow Workflow { get; private set; } = new();
    public DateTimeOffset? AnsweredAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    /// <summary>The day the message was answered or set aside as invalid; retention of contact details counts from it.</summary>
    public DateOnly? ClosedOn { get; private set; }
    public DateTimeOffset? ContactPurgedAt { get; private set; }

    public override string AuditSubjectType => "message";
    public override string AuditSubjectKey => Id.ToString(CultureInfo.InvariantCulture);

    public bool IsPublished => PublishedAt is not null;

    /// <summary>The subject as the public list and page show it: the asker wrote it, so phone, 身份证 and e-mail are masked.</summary>
    public string PublicSubject => PersonalData.Mask(Subject);

    /// <summary>Waiting for an answer and counted against the clocks: neither answered nor set aside as invalid.</summary>
    public bool IsOpen => Status is MessageStatus.Open or MessageStatus.Held;

    public string ContentHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
        Subject, Body, PublicQuestion, AnswerText, PublishAnswer, Office))));

    /// <summary>A web message; one containing a sensitive word waits as held until an editor looks at it.</summary>
    public static Message Receive(MessageDraft draft, string receiptCode, IReceiptHasher hasher, SensitiveWordList words,
        DateTimeOffset now)
    {
        if (!Enum.IsDefined(draft.Box)) throw new DomainException("message.box_invalid");
        var subject = Required(draft.Subject, MaxSubjectLength, "message.subject_required");
        var body = Required(draft.Body, MaxBodyLength, "message.body_required");
        var matches = words.Matches(subject, body, draft.Name);
        return new Message
        {
            Box = draft.Box,
            Subject = subject,
            Body = body,
            AskerName = Optional(draft.Name, MaxNameLength),
            Contact = Optional(draft.Contact, MaxContactLength),
            ConsentToPublish = draft.ConsentToPublish,
            SubmittedAt = now,
            ReceivedOn = ShanghaiTime.DayOf(now),
            ReceiptLookup = ReceiptCode.Lookup(receiptCode),
            ReceiptHash = hasher.Hash(receiptCode),
            IdempotencyKey = draft.IdempotencyKey,
            Status = matches.Count > 0 ? MessageStatus.Held : MessageStatus.Open,
            HeldWords = matches.Count > 0 ? string.Join("、", matches) : null,
        };
    }

    /// <summary>The reply target and hard limit on <paramref name="today"/>; an answered or invalid message warns of nothing.</summary>
    public MessageDeadline DeadlineOn(DateOnly today, WorkingCalendar calendar, MessageRules rules)
    {
        var due = calendar.AddWorkingDays(ReceivedOn, rules.ReplyTargetWorkingDays);
        var limit = ReceivedOn.AddMonths(rules.HardLimitMonths);
        var alarm = !IsOpen ? MessageAlarm.None
            : today > limit ? MessageAlarm.LimitExceeded
            : today.AddDays(rules.HardLimitWarningDays) >= limit ? MessageAlarm.LimitNear
            : today > due ? MessageAlarm.ReplyOverdue
            : calendar.WorkingDaysBetween(today, due) <= rules.DueSoonWorkingDays ? MessageAlarm.ReplyDueSoon
            : MessageAlarm.None;
        return new MessageDeadline(due, limit, alarm);
    }

    /// <summary>An editor read a held message and found it a real question.</summary>
    public void Accept(Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        if (Status != MessageStatus.Held) throw new DomainException("message.not_held");
        Move(MessageStatus.Open, "accept", null, editor, now);
    }

    /// <summary>Spam, abuse or not a question: set aside with a reason and no longer counted as waiting.</summary>
    public void MarkInvalid(string? reason, Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        if (!IsOpen) throw new DomainException("message.closed");
        if (Workflow.IsInReview) throw new DomainException("message.in_review");
        InvalidReason = Required(reason, MaxReasonLength, "message.reason_required");
        ClosedOn = ShanghaiTime.DayOf(now);
        Move(MessageStatus.Invalid, "invalid", InvalidReason, editor, now);
    }

    /// <summary>Hands the message to an office (承办处室); it can be handed on until it is answered.</summary>
    public void AssignTo(string? office, Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        if (Status != MessageStatus.Open) throw new DomainException(Status == MessageStatus.Held ? "message.held" : "message.closed");
        Office = Required(office, MaxOfficeLength, "message.office_required");
        Move(Status, "assign", Office, editor, now);
    }

    /// <summary>Writes or rewrites the answer and the question as published; refused during review and once answered.</summary>
    public void DraftAnswer(string? answer, string? publicQuestion, bool publish, Actor editor)
    {
        editor.EnsureCanEdit();
        if (Status != MessageStatus.Open) throw new DomainException(Status == MessageStatus.Held ? "message.held" : "message.closed");
        if (Office is null) throw new DomainException("message.assign_first");
        if (Workflow.IsInReview) throw new DomainException("message.in_review");
        if (publish && !ConsentToPublish) throw new DomainException("message.no_consent");
        AnswerText = Required(answer, MaxAnswerLength, "message.answer_required");
        PublicQuestion = publish ? Required(publicQuestion, MaxBodyLength, "message.public_question_required") : null;
        PublishAnswer = publish;
        AnswerCreatedBy ??= editor.UserId;
        AnswerEditedBy = editor.UserId;
        Revision++;
    }

    public void Submit(Actor actor, DateTimeOffset now)
    {
        if (AnswerText is null) throw new DomainException("message.answer_required");
        if (Status != MessageStatus.Open) throw new DomainException("message.closed");
        Audit(Workflow.Submit(actor), actor, now, null);
    }

    public void SendBack(Actor actor, string? comment, DateTimeOffset now) =>
        Audit(Workflow.SendBack(actor, comment), actor, now, comment?.Trim());

    /// <summary>Passes a review stage; after 终审 the answer reaches the asker, and the public list if chosen.</summary>
    public void Approve(Actor actor, DateTimeOffset now)
    {
        var transition = Workflow.Approve(actor, new HashSet<string> { AnswerCreatedBy ?? "", AnswerEditedBy ?? "" });
        Audit(transition, actor, now, null);
        if (transition.To != ReviewState.Approved) return;
        AnsweredAt = now;
        ClosedOn = ShanghaiTime.DayOf(now);
        Status = MessageStatus.Answered;
        if (PublishAnswer) PublishedAt = now;
        Raise(new DocumentTransitioned(Subject, "system", "system", PublishAnswer ? "publish" : "answer", "Approved",
            PublishAnswer ? "Published" : "Answered", Revision, ContentHash, null, now));
    }

    public bool IsDueForPurge(DateOnly today, int retentionDays) =>
        ContactPurgedAt is null && ClosedOn is { } closed && closed.AddDays(retentionDays) < today;

    /// <summary>Erases the asker's name and contact once kept for the retention period; audited.</summary>
    public void PurgeContact(int retentionDays, DateTimeOffset now)
    {
        if (!IsDueForPurge(ShanghaiTime.DayOf(now), retentionDays)) throw new DomainException("message.purge_not_due");
        AskerName = Contact = null;
        ContactPurgedAt = now;
        Raise(new DocumentTransitioned(Subject, "system", "system", "purge_contact", Status.ToString(),
            Status.ToString(), Revision, ContentHash, null, now));
    }

    private void Move(MessageStatus to, string action, string? comment, Actor editor, DateTimeOffset now)
    {
        var from = Status;
        Status = to;
        Raise(new DocumentTransitioned(Subject, editor.UserId, editor.DisplayName, action, from.ToString(),
            to.ToString(), Revision, ContentHash, comment, now));
    }

    private void Audit(ReviewTransition t, Actor actor, DateTimeOffset now, string? comment) =>
        Raise(DocumentTransitioned.Moved(Subject, t, actor, Revision, ContentHash, comment, now));

    private static string Required(string? value, int max, string missingKey) =>
        TextField.Required(value, max, missingKey, "message.field_too_long");

    private static string? Optional(string? value, int max) => TextField.Optional(value, max, "message.field_too_long");
}
