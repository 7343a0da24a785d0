using System.Globalization;
using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;
using Consultation.Core.Accounts;
using Consultation.Core.Audit;

namespace Consultation.Core.Comments;

/// <summary>
/// A public comment on a draft, online or recorded from an offline channel. Contact details are kept for the
/// department only; a name is shown publicly only with the separate consent.
/// </summary>
public sealed class Comment : AggregateRoot
{
    /// <summary>The longest comment body, in characters: the form, this entity and the database column all use it.</summary>
    public const int MaxBodyLength = 5000;
    public const int MaxNameLength = 50;
    public const int MaxOrganisationLength = 100;
    public const int MaxContactLength = 100;

    private Comment() { }

    public long Id { get; private set; }
    public int ConsultationId { get; private set; }
    public string? ClauseAnchor { get; private set; }
    public string? ClauseLabel { get; private set; }
    /// <summary>The text exactly as received: evidence, never rewritten.</summary>
    public string Body { get; private set; } = "";
    /// <summary>The text the public reads: the body with personal data (phone, ID, e-mail) masked.</summary>
    public string PublicBody { get; private set; } = "";
    public string? Name { get; private set; }
    public string? Organisation { get; private set; }
    public string? Contact { get; private set; }
    public bool PublishName { get; private set; }
    public CommentChannel Channel { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    /// <summary>For offline input: the day the letter, call or meeting happened.</summary>
    public DateOnly? OfflineDate { get; private set; }
    public string ReceiptLookup { get; private set; } = "";
    public string ReceiptHash { get; private set; } = "";
    /// <summary>SHA-256 of the body as received, shown on the receipt so the citizen can prove what they sent.</summary>
    public string BodyDigest { get; private set; } = "";
    public string? IdempotencyKey { get; private set; }
    public CommentStatus Status { get; private set; }
    /// <summary>Reason shown on the receipt page when held or refused.</summary>
    public string? StatusReason { get; private set; }
    public string? HeldWords { get; private set; }
    public string? ModeratedBy { get; private set; }
    public DateTimeOffset? ModeratedAt { get; private set; }
    public string? RecordedBy { get; private set; }
    /// <summary>The concentrated opinion (集中意见) this comment was merged into, if any.</summary>
    public int? GroupId { get; private set; }

    public override string AuditSubjectType => "comment";
    public override string AuditSubjectKey => Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Which comments the public may read: published, and still so once grouped or answered. Queries filter by it.</summary>
    public static readonly Expression<Func<Comment, bool>> Public = c =>
        c.Status == CommentStatus.Published || c.Status == CommentStatus.Grouped || c.Status == CommentStatus.Answered;

    private static readonly Func<Comment, bool> IsPublicNow = Public.Compile();

    public bool IsPublic => IsPublicNow(this);

    /// <summary>Whether a comment in this status is public: <see cref="Public"/> asked of a status alone.</summary>
    public static bool IsPublicStatus(CommentStatus status) => IsPublicNow(new Comment { Status = status });

    /// <summary>The name to show publicly, or null for 「网友」.</summary>
    public string? PublicName => PublishName && !string.IsNullOrWhiteSpace(Name) ? Name : null;

    internal static Comment FromWeb(int consultationId, CommentDraft draft, string? clauseLabel, string receiptCode,
        IReceiptHasher hasher, CommentStatus status, string? heldWords, DateTimeOffset now) => new Comment
    {
        ConsultationId = consultationId,
        ClauseAnchor = clauseLabel is null ? null : draft.ClauseAnchor,
        ClauseLabel = clauseLabel,
        Body = draft.Body,
        PublicBody = PersonalData.Mask(draft.Body),
        Name = Optional(draft.Name, MaxNameLength),
        Organisation = Optional(draft.Organisation, MaxOrganisationLength),
        Contact = Optional(draft.Contact, MaxContactLength),
        PublishName = draft.PublishName,
        Channel = CommentChannel.Web,
        ReceivedAt = now,
        ReceiptLookup = ReceiptCode.Lookup(receiptCode),
        ReceiptHash = hasher.Hash(receiptCode),
        BodyDigest = DigestOf(draft.Body),
        IdempotencyKey = draft.IdempotencyKey,
        Status = status,
        HeldWords = heldWords,
    }.Received("receive", "", "网友", now);

    /// <summary>
    /// A letter, call, e-mail or symposium entry typed in by an editor: it records who entered it and from which
    /// channel, is audited, and waits for moderation like a web comment.
    /// </summary>
    internal static Comment FromOffline(int consultationId, CommentChannel channel, DateOnly date, string summary,
        string? clauseAnchor, string? clauseLabel, Actor editor, string receiptCode, IReceiptHasher hasher,
        DateTimeOffset now) => new Comment
    {
        ConsultationId = consultationId,
        ClauseAnchor = clauseAnchor,
        ClauseLabel = clauseLabel,
        Body = summary,
        PublicBody = PersonalData.Mask(summary),
        Channel = channel,
        ReceivedAt = now,
        OfflineDate = date,
        ReceiptLookup = ReceiptCode.Lookup(receiptCode),
        ReceiptHash = hasher.Hash(receiptCode),
        BodyDigest = DigestOf(summary),
        Status = CommentStatus.Received,
        RecordedBy = editor.UserId,
    }.Received("record_offline", editor.UserId, editor.DisplayName, now);

    public void Publish(Actor editor, DateTimeOffset now)
    {
        if (Status is not (CommentStatus.Received or CommentStatus.Held or CommentStatus.Rejected))
            throw new DomainException("comment.cannot_publish");
        Moderate("publish", CommentStatus.Published, null, editor, now);
    }

    public void Hold(string? reason, Actor editor, DateTimeOffset now)
    {
        if (Status is not (CommentStatus.Received or CommentStatus.Published)) throw new DomainException("comment.cannot_hold");
        Moderate("hold", CommentStatus.Held, Clean(reason), editor, now);
    }

    public void Refuse(string? reason, Actor editor, DateTimeOffset now)
    {
        if (Status is not (CommentStatus.Received or CommentStatus.Held or CommentStatus.Published))
            throw new DomainException("comment.cannot_refuse");
        Moderate("refuse", CommentStatus.Rejected,
            Clean(reason) ?? throw new DomainException("comment.refuse_reason_required"), editor, now);
    }

    /// <summary>Puts the comment into a concentrated opinion. Refused comments are answered by their reason instead.</summary>
    public void AssignToGroup(int groupId)
    {
        if (Status == CommentStatus.Rejected) throw new DomainException("comment.rejected_not_grouped");
        GroupId = groupId;
    }

    public void RemoveFromGroup() => GroupId = null;

    /// <summary>Comments that a report must account for: everything except those refused with a reason.</summary>
    public bool NeedsGroup => Status != CommentStatus.Rejected;

    public static string DigestOf(string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));

    /// <summary>Every moderation move is audited: who published, held or refused which comment, and why.</summary>
    private void Moderate(string action, CommentStatus status, string? reason, Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        var from = Status;
        Status = status;
        StatusReason = reason;
        ModeratedBy = editor.DisplayName;
        ModeratedAt = now;
        Raise(new DocumentTransitioned(Excerpt, editor.UserId, editor.DisplayName, action, from.ToString(),
            status.ToString(), 1, BodyDigest, reason, now));
    }

    /// <summary>
    /// Puts the receipt into the audit chain: the digest of exactly what was received, so the citizen's receipt can be
    /// checked against the published chain heads later.
    /// </summary>
    private Comment Received(string action, string actorId, string actorName, DateTimeOffset now)
    {
        Raise(new DocumentTransitioned(Excerpt, actorId, actorName, action, "", Status.ToString(), 1, BodyDigest,
            Channel == CommentChannel.Web ? null : Channel.ToString(), now));
        return this;
    }

    private string Excerpt => Body.Length > 40 ? Body[..40] + "…" : Body;

    private static string? Clean(string? reason)
    {
        var value = reason?.Trim();
        if (value?.Length > 500) throw new DomainException("comment.reason_too_long");
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string? Optional(string? value, int max)
    {
        var trimmed = value?.Trim();
        if (trimmed?.Length > max) throw new DomainException("comment.field_too_long", max);
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
