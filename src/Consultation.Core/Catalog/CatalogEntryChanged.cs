namespace Consultation.Core.Catalog;

/// <summary>A line of the public decision catalog was created or changed; the catalog is public without review.</summary>
public sealed record CatalogEntryChanged(DateTimeOffset OccurredAt) : IDomainEvent;
