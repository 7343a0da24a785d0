using System.Globalization;
using Consultation.Core.Accounts;
using Consultation.Core.Audit;
using Consultation.Core.Calendar;
using Consultation.Core.Comments;

namespace Consultation.Core.Disclosure;

/// <summary>
/// 政府信息公开申请: a request for government information under the 2019 政府信息公开条例, from receipt to delivered
/// reply. The reply clock runs in working days from the received date (or from the corrected request), excludes the
/// time a third party is consulted, and may be extended once; every move is audited and refuses what the rules do not
/// allow. The requester's name and contact details are for the department only and are purged after retention.
/// </summary>
public sealed class DisclosureRequest : AggregateRoot, IReceipted, IContactHolder
{
    public const int MaxNameLength = 100;
    public const int MaxContactPersonLength = 50;
    public const int MaxPhoneLength = 30;
    public const int MaxEmailLength = 100;
    public const int MaxAddressLength = 200;
    public const int MaxDescriptionLength = 2000;
    public const int MaxPurposeLength = 500;
    public const int MaxReplyLength = 10_000;
    public const int MaxReasonLength = 1000;
    public const int MaxThirdPartyLength = 200;
    public const int MaxPages = 100_000;

    private DisclosureRequest() { }

    public int Id { get; private set; }
    public ApplicantKind ApplicantKind { get; private set; }
    /// <summary>姓名 or 名称; emptied when the contact details are purged.</summary>
    public string ApplicantName { get; private set; } = "";
    public string? ContactPerson { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? Address { get; private set; }
    /// <summary>所需政府信息的名称、文号或者便于查询的其他特征性描述.</summary>
    public string Description { get; private set; } = "";
    public string? Purpose { get; private set; }
    public DeliveryForm DeliveryForm { get; private set; }
    public RequestChannel Channel { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    /// <summary>收到申请之日 (Art.31): a working day, the day the clock counts from.</summary>
    public DateOnly ReceivedOn { get; private set; }
    /// <summary>The day the reply clock counts from: the received day, or the day the corrected request arrived.</summary>
    public DateOnly ClockStartsOn { get; private set; }
    public string? RecordedBy { get; private set; }
    public string ReceiptLookup { get; private set; } = "";
    public string ReceiptHash { get; private set; } = "";
    public string? IdempotencyKey { get; private set; }
    /// <summary>Sensitive words found on intake: flagged for the office, never a reason to stop the legal clock.</summary>
    public string? HeldWords { get; private set; }
    public DisclosureStatus Status { get; private set; }

    public DateOnly? CorrectionRequestedOn { get; private set; }
    /// <summary>补正告知: what must be corrected, told once and completely.</summary>
    public string? CorrectionItems { get; private set; }
    public DateOnly? CorrectionDueOn { get; private set; }
    public DateOnly? CorrectedOn { get; private set; }

    /// <summary>征求第三方意见: who, and the days the consultation was sent and answered.</summary>
    public string? ThirdParty { get; private set; }
    public DateOnly? ThirdPartyFrom { get; private set; }
    public DateOnly? ThirdPartyUntil { get; private set; }

    public int ExtensionWorkingDays { get; private set; }
    public string? ExtensionReason { get; private set; }
    public DateOnly? ExtendedOn { get; private set; }

    public ReplyType? ReplyType { get; private set; }
    public ReplyGround? ReplyGround { get; private set; }
    public string? ReplyText { get; private set; }
    public DateOnly? RepliedOn { get; private set; }
    public FeeMethod FeeMethod { get; private set; }
    public int Pages { get; private set; }
    /// <summary>For a fee by count: which request of its requester this was in the month.</summary>
    public int RequestsThisMonth { get; private set; }
    public decimal Fee { get; private set; }

    public DeliveryMethod? DeliveryMethod { get; private set; }
    public DateOnly? DeliveredOn { get; private set; }

    /// <summary>The day the request was replied to or abandoned; retention of contact details counts from it.</summary>
    public DateOnly? ClosedOn { get; private set; }
    public DateTimeOffset? ContactPurgedAt { get; private set; }

    public override string AuditSubjectType => "disclosure";
    public override string AuditSubjectKey => Id.ToString(CultureInfo.InvariantCulture);

    public bool IsClosed => ClosedOn is not null;

    public bool ThirdPartyOpen => ThirdPartyFrom is not null && ThirdPartyUntil is null;

    /// <summary>Art.31: a request received on a day off is received on the next working day.</summary>
    public static DateOnly ReceivedDay(DateOnly day, WorkingCalendar calendar)
    {
        for (var i = 0; i < 366 && !calendar.IsWorkingDay(day); i++) day = day.AddDays(1);
        return day;
    }

    /// <summary>Online (Art.31(3)): received on the day sent if that is a working day in Shanghai, else the next one.</summary>
    public static DisclosureRequest ReceiveOnline(DisclosureRequestDraft draft, string receiptCode, IReceiptHasher hasher,
        SensitiveWordList words, WorkingCalendar calendar, DateTimeOffset now) =>
        Create(draft, RequestChannel.Online, ShanghaiTime.DayOf(now), null, receiptCode, hasher, words, calendar, now);

    /// <summary>A letter or a request handed in, registered by an editor with the day it was signed for.</summary>
    public static DisclosureRequest RegisterOffline(DisclosureRequestDraft draft, RequestChannel channel,
        DateOnly receivedOn, Actor clerk, string receiptCode, IReceiptHasher hasher, WorkingCalendar calendar,
        DateTimeOffset now)
    {
        clerk.EnsureCanEdit();
        if (channel == RequestChannel.Online || !Enum.IsDefined(channel)) throw new DomainException("disclosure.channel_invalid");
        if (receivedOn > ShanghaiTime.DayOf(now)) throw new DomainException("disclosure.date_in_future");
        return Create(draft, channel, receivedOn, clerk.UserId, receiptCode, hasher, SensitiveWordList.Empty, calendar, now);
    }

    /// <summary>The reply deadline as it stands on <paramref name="today"/>.</summary>
    public DisclosureDeadline DeadlineOn(DateOnly today, WorkingCalendar calendar, DisclosureRules rules)
    {
        if (Status is DisclosureStatus.AwaitingCorrection or DisclosureStatus.Abandoned) return DisclosureDeadline.Stopped;
        var excluded = ExcludedWorkingDays(today, calendar, rules);
        var due = calendar.AddWorkingDays(ClockStartsOn, rules.ReplyWorkingDays + ExtensionWorkingDays + excluded);
        var asOf = RepliedOn ?? today;
        var left = asOf <= due ? calendar.WorkingDaysBetween(asOf, due) : -calendar.WorkingDaysBetween(due, asOf);
        return new DisclosureDeadline(due, left, excluded);
    }

    /// <summary>
    /// 补正 (Art.30): asks once, within the configured working days of receipt, for a correction; the clock stops and
    /// restarts from the day the corrected request arrives.
    /// </summary>
    public void AskForCorrection(string? items, Actor editor, WorkingCalendar calendar, DisclosureRules rules,
        DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        RequireStatus(DisclosureStatus.InProgress);
        if (CorrectionRequestedOn is not null) throw new DomainException("disclosure.correction_once");
        if (ThirdPartyFrom is not null || ExtensionWorkingDays > 0) throw new DomainException("disclosure.correction_after_handling");
        var today = ShanghaiTime.DayOf(now);
        var latest = calendar.AddWorkingDays(ReceivedOn, rules.CorrectionNoticeWorkingDays);
        if (today > latest) throw new DomainException("disclosure.correction_too_late", rules.CorrectionNoticeWorkingDays, ShanghaiTime.Date(latest));
        CorrectionItems = Required(items, MaxReasonLength, "disclosure.correction_items_required");
        CorrectionRequestedOn = today;
        CorrectionDueOn = calendar.AddWorkingDays(today, rules.CorrectionPeriodWorkingDays);
        Move(DisclosureStatus.AwaitingCorrection, "ask_correction", CorrectionItems, editor, now);
    }

    /// <summary>The corrected request arrived: the 20 working days count again from that (working) day.</summary>
    public void ReceiveCorrection(DateOnly receivedOn, Actor editor, WorkingCalendar calendar, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        RequireStatus(DisclosureStatus.AwaitingCorrection);
        if (receivedOn < CorrectionRequestedOn) throw new DomainException("disclosure.date_before_correction");
        if (receivedOn > ShanghaiTime.DayOf(now)) throw new DomainException("disclosure.date_in_future");
        CorrectedOn = ReceivedDay(receivedOn, calendar);
        ClockStartsOn = CorrectedOn.Value;
        Move(DisclosureStatus.InProgress, "receive_correction", ShanghaiTime.Date(CorrectedOn), editor, now);
    }

    /// <summary>No correction within the period given: the request is treated as abandoned (Art.30).</summary>
    public void CloseAsAbandoned(Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        RequireStatus(DisclosureStatus.AwaitingCorrection);
        var today = ShanghaiTime.DayOf(now);
        if (today <= CorrectionDueOn) throw new DomainException("disclosure.correction_period_running", ShanghaiTime.Date(CorrectionDueOn));
        ClosedOn = today;
        Move(DisclosureStatus.Abandoned, "abandon", null, editor, now);
    }

    /// <summary>Starts consulting a third party (Art.32); the days until it answers are not counted (Art.33).</summary>
    public void StartThirdPartyConsultation(string? thirdParty, DateOnly sentOn, Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        RequireStatus(DisclosureStatus.InProgress);
        if (ThirdPartyFrom is not null) throw new DomainException("disclosure.third_party_once");
        if (sentOn < ClockStartsOn) throw new DomainException("disclosure.date_before_receipt");
        if (sentOn > ShanghaiTime.DayOf(now)) throw new DomainException("disclosure.date_in_future");
        ThirdParty = Required(thirdParty, MaxThirdPartyLength, "disclosure.third_party_required");
        ThirdPartyFrom = sentOn;
        Move(Status, "consult_third_party", ThirdParty, editor, now);
    }

    public void EndThirdPartyConsultation(DateOnly answeredOn, Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        if (!ThirdPartyOpen) throw new DomainException("disclosure.third_party_not_open");
        if (answeredOn < ThirdPartyFrom) throw new DomainException("disclosure.date_before_consultation");
        if (answeredOn > ShanghaiTime.DayOf(now)) throw new DomainException("disclosure.date_in_future");
        ThirdPartyUntil = answeredOn;
        Move(Status, "third_party_answered", ShanghaiTime.Date(answeredOn), editor, now);
    }

    /// <summary>One extension (Art.33), of at most the configured working days, with a reason, decided before the due day passes.</summary>
    public void Extend(int workingDays, string? reason, Actor editor, WorkingCalendar calendar, DisclosureRules rules,
        DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        RequireStatus(DisclosureStatus.InProgress);
        if (ExtensionWorkingDays > 0) throw new DomainException("disclosure.extension_once");
        if (workingDays < 1 || workingDays > rules.MaxExtensionWorkingDays)
            throw new DomainException("disclosure.extension_too_long", rules.MaxExtensionWorkingDays);
        var today = ShanghaiTime.DayOf(now);
        if (DeadlineOn(today, calendar, rules).IsOverdue) throw new DomainException("disclosure.extension_after_due");
        ExtensionReason = Required(reason, MaxReasonLength, "disclosure.extension_reason_required");
        ExtensionWorkingDays = workingDays;
        ExtendedOn = today;
        Move(Status, "extend", ExtensionReason, editor, now);
    }

    /// <summary>
    /// Replies with one of the reply types and, where the type takes one, its ground; the fee follows the schedule
    /// (free unless the office charges by count or by pages). A third-party consultation must have been answered.
    /// </summary>
    public void Reply(ReplyType type, ReplyGround? ground, string? text, FeeMethod feeMethod, int pages,
        int requestsThisMonth, FeeSchedule fees, Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        RequireStatus(DisclosureStatus.InProgress);
        if (ThirdPartyOpen) throw new DomainException("disclosure.third_party_open");
        if (!Enum.IsDefined(type)) throw new DomainException("disclosure.reply_type_invalid");
        if (type == Disclosure.ReplyType.CorrectionRequired) throw new DomainException("disclosure.correction_is_asked");
        var grounds = ReplyGrounds.For(type);
        if (grounds.Count > 0 && ground is null) throw new DomainException("disclosure.ground_required");
        if (ground is { } g && !grounds.Contains(g)) throw new DomainException("disclosure.ground_not_for_type");
        if (!Enum.IsDefined(feeMethod)) throw new DomainException("disclosure.fee_method_invalid");
        if (pages is < 0 or > MaxPages) throw new DomainException("disclosure.pages_invalid", MaxPages);
        ReplyText = Required(text, MaxReplyLength, "disclosure.reply_text_required");
        ReplyType = type;
        ReplyGround = ground;
        FeeMethod = feeMethod;
        Pages = pages;
        RequestsThisMonth = Math.Max(1, requestsThisMonth);
        Fee = fees.FeeFor(feeMethod, RequestsThisMonth, pages);
        RepliedOn = ShanghaiTime.DayOf(now);
        ClosedOn = RepliedOn;
        Move(DisclosureStatus.Replied, "reply", type.ToString(), editor, now);
    }

    /// <summary>Records how and when the reply reached the requester (送达).</summary>
    public void RecordDelivery(DeliveryMethod method, DateOnly deliveredOn, Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        RequireStatus(DisclosureStatus.Replied);
        if (!Enum.IsDefined(method)) throw new DomainException("disclosure.delivery_method_invalid");
        if (deliveredOn < RepliedOn) throw new DomainException("disclosure.delivery_before_reply");
        if (deliveredOn > ShanghaiTime.DayOf(now)) throw new DomainException("disclosure.date_in_future");
        DeliveryMethod = method;
        DeliveredOn = deliveredOn;
        Move(DisclosureStatus.Delivered, "deliver", method.ToString(), editor, now);
    }

    /// <summary>Whether the contact details have been kept for the retention period after closing and may now go.</summary>
    public bool IsDueForPurge(DateOnly today, int retentionDays) =>
        ContactPurgedAt is null && ClosedOn is { } closed && closed.AddDays(retentionDays) < today;

    /// <summary>Erases the requester's name and contact details; the kind of applicant stays for the annual statistics.</summary>
    public void PurgeContact(int retentionDays, DateTimeOffset now)
    {
        if (!IsDueForPurge(ShanghaiTime.DayOf(now), retentionDays)) throw new DomainException("disclosure.purge_not_due");
        ApplicantName = "";
        ContactPerson = Phone = Email = Address = null;
        ContactPurgedAt = now;
        Raise(new DocumentTransitioned(Excerpt, "system", "system", "purge_contact", Status.ToString(),
            Status.ToString(), 1, Comment.DigestOf(Description), null, now));
    }

    private static DisclosureRequest Create(DisclosureRequestDraft draft, RequestChannel channel, DateOnly day,
        string? recordedBy, string receiptCode, IReceiptHasher hasher, SensitiveWordList words, WorkingCalendar calendar,
        DateTimeOffset now)
    {
        if (!Enum.IsDefined(draft.ApplicantKind)) throw new DomainException("disclosure.applicant_kind_invalid");
        if (!Enum.IsDefined(draft.DeliveryForm)) throw new DomainException("disclosure.delivery_form_invalid");
        var phone = Optional(draft.Phone, MaxPhoneLength);
        var email = Optional(draft.Email, MaxEmailLength);
        var address = Optional(draft.Address, MaxAddressLength);
        if (phone is null && email is null && address is null) throw new DomainException("disclosure.contact_required");
        if (draft.DeliveryForm == DeliveryForm.Paper && address is null) throw new DomainException("disclosure.address_required");
        var description = Required(draft.Description, MaxDescriptionLength, "disclosure.description_required");
        var received = ReceivedDay(day, calendar);
        var matches = words.Matches(description, draft.Purpose);
        return new DisclosureRequest
        {
            ApplicantKind = draft.ApplicantKind,
            ApplicantName = Required(draft.ApplicantName, MaxNameLength, "disclosure.name_required"),
            ContactPerson = draft.ApplicantKind == ApplicantKind.NaturalPerson
                ? null : Optional(draft.ContactPerson, MaxContactPersonLength),
            Phone = phone,
            Email = email,
            Address = address,
            Description = description,
            Purpose = Optional(draft.Purpose, MaxPurposeLength),
            DeliveryForm = draft.DeliveryForm,
            Channel = channel,
            SubmittedAt = now,
            ReceivedOn = received,
            ClockStartsOn = received,
            RecordedBy = recordedBy,
            ReceiptLookup = ReceiptCode.Lookup(receiptCode),
            ReceiptHash = hasher.Hash(receiptCode),
            IdempotencyKey = draft.IdempotencyKey,
            HeldWords = matches.Count > 0 ? string.Join("、", matches) : null,
            Status = DisclosureStatus.InProgress,
        };
    }

    private int ExcludedWorkingDays(DateOnly today, WorkingCalendar calendar, DisclosureRules rules) =>
        ThirdPartyFrom is { } from
            ? Math.Min(calendar.WorkingDaysBetween(from, ThirdPartyUntil ?? today), rules.MaxThirdPartyWorkingDays)
            : 0;

    private void RequireStatus(DisclosureStatus expected)
    {
        if (Status != expected) throw new DomainException("disclosure.wrong_status");
    }

    private string Excerpt => Description.Length > 40 ? Description[..40] + "…" : Description;

    private void Move(DisclosureStatus to, string action, string? comment, Actor editor, DateTimeOffset now)
    {
        var from = Status;
        Status = to;
        Raise(new DocumentTransitioned(Excerpt, editor.UserId, editor.DisplayName, action, from.ToString(),
            to.ToString(), 1, Comment.DigestOf(Description), comment, now));
    }

    private static string Required(string? value, int max, string missingKey) =>
        TextField.Required(value, max, missingKey, "disclosure.field_too_long");

    private static string? Optional(string? value, int max) => TextField.Optional(value, max, "disclosure.field_too_long");
}
