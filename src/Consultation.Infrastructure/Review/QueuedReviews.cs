namespace Consultation.Infrastructure.Review;

/// <summary>What waits for one person: 待我审核 (theirs to pass or send back) and 被退回待修改 (theirs to fix).</summary>
public sealed record QueuedReviews(IReadOnlyList<ReviewQueueRow> ToReview, IReadOnlyList<ReviewQueueRow> Returned);
