namespace Consultation.Infrastructure.Search;

/// <summary>The <c>Search</c> section.</summary>
public sealed class SearchOptions
{
    /// <summary>This node's own index folder (relative to the site root); never shared between nodes.</summary>
    public string IndexPath { get; set; } = "App_Data/search-index";

    public int PageSize { get; set; } = 10;

    /// <summary>How deep paging goes: results beyond PageSize × MaxPage are not offered (refine the query instead).</summary>
    public int MaxPage { get; set; } = 100;
}
