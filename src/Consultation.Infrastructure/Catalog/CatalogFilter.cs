using Consultation.Core.Catalog;

namespace Consultation.Infrastructure.Catalog;

/// <summary>Public list filters; all optional.</summary>
public sealed record CatalogFilter(int? Year, CatalogStatus? Status, string? Office);
