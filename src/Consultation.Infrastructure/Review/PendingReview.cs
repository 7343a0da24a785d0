using Consultation.Core.Review;

namespace Consultation.Infrastructure.Review;

/// <summary>
/// An item that waits for someone: in review, or sent back to its writers. <see cref="Authors"/> are everyone who
/// wrote the version under review, as the item's own approval checks them.
/// </summary>
public sealed record PendingReview(int Id, string Title, IReadOnlyCollection<string> Authors, ReviewWorkflow Workflow);
