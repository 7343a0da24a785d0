using Consultation.Core.Review;

namespace Consultation.Infrastructure.Review;

/// <summary>
/// One item in someone's review queue. <see cref="Page"/> is the back-office page where the item is read, approved or
/// sent back; <see cref="SubmittedBy"/> is the submitter's display name when known.
/// </summary>
public sealed record ReviewQueueRow(string Kind, string Title, string Page, ReviewState State,
    string? SubmittedBy, string? ReturnComment, string? ReturnedBy);
