namespace Consultation.Core.Comments;

/// <summary>A comment was taken in (online or recorded offline); with post-moderation it is public at once.</summary>
public sealed record CommentReceived(CommentStatus Status, DateTimeOffset OccurredAt) : IDomainEvent;
