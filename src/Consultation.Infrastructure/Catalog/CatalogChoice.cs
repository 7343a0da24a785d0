namespace Consultation.Infrastructure.Catalog;

/// <summary>One record an editor may pick for a slot: its <c>kind:id</c> value and a readable label.</summary>
public sealed record CatalogChoice(string Value, string Label);
