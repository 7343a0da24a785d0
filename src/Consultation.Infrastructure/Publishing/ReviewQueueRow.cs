using Consultation.Core.Publishing;

namespace Consultation.Infrastructure.Publishing;

/// <summary>
/// One item in someone's review queue. <see cref="AdminUrl"/> is the back-office page where the item is approved or
/// sent back; <see cref="SubmittedBy"/> is the submitter's display name when known.
/// </summary>
public sealed record ReviewQueueRow(ReviewItemKind Kind, string Title, string AdminUrl, ReviewState State,
    string? SubmittedBy, string? ReturnComment, string? ReturnedBy);
