namespace Consultation.Core.Content;

/// <summary>An article was moved to another column; lists and the search index follow.</summary>
public sealed record ArticleMoved(int ColumnId, DateTimeOffset OccurredAt) : IDomainEvent;
