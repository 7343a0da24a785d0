using Consultation.Core.Content;

namespace Consultation.Web.Features.Content.Admin;

/// <summary>What the column forms post; the rules live on <c>Column</c> and <c>BackOfficeColumns</c>.</summary>
public sealed class ColumnForm
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public string? Description { get; set; }
    public int? ParentId { get; set; }

    /// <summary>How often the column must be updated (checked by the inspection self-check).</summary>
    public ColumnUpdateCycle UpdateCycle { get; set; }

    /// <summary>Empty: after the last sibling.</summary>
    public int? SortOrder { get; set; }
}
