using Consultation.Core.Accounts;

namespace Consultation.Infrastructure.Review;

/// <summary>
/// One kind of item that passes 三审 (an article, a consultation, a meeting's record …). The review endpoints, the
/// review box, the history page and the review queue serve every kind through this; adding a kind is one subclass of
/// <see cref="ReviewedKind{T}"/> registered with <see cref="ReviewModule.AddReviewedKind{TKind}"/>.
/// </summary>
public abstract class ReviewedKind
{
    /// <summary>The kind's name in review URLs and labels, e.g. <c>policy</c>; lower case letters and hyphens.</summary>
    public abstract string Key { get; }

    /// <summary>The back-office page where the item is read before it is approved or sent back.</summary>
    public abstract string PageOf(int id);

    /// <summary>Items of this kind in review or sent back, few at any time.</summary>
    public abstract Task<IReadOnlyList<PendingReview>> PendingAsync(CancellationToken ct);

    /// <summary>
    /// Makes one move; a move the item refuses throws a domain exception and nothing is saved. With
    /// <paramref name="seenStamp"/> (the <see cref="Core.AggregateRoot.ConcurrencyStamp"/> on the page the person read)
    /// the move is refused when the item has changed since.
    /// </summary>
    public abstract Task MoveAsync(int id, ReviewMove move, Actor actor, string? comment, int? seenStamp,
        CancellationToken ct);

    /// <summary>Where the item's moves stand in the audit log: its subject type and key, or null if it does not exist.</summary>
    public abstract Task<(string Type, string Key)?> AuditSubjectAsync(int id, CancellationToken ct);
}
