using Consultation.Core.Catalog;

namespace Consultation.Infrastructure.Catalog;

/// <summary>One slot as shown: its address when the target is public, else null (shown as 待公开 when required).</summary>
public sealed record CatalogLink(CatalogSlot Slot, string? Url, bool Required)
{
    public bool Pending => Url is null && Required;
}
