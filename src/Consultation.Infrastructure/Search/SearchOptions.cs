namespace Consultation.Infrastructure.Search;

/// <summary>The <c>Search</c> section.</summary>
public sealed class SearchOptions
{
    /// <summary>This node's own index folder (relative to the site root); never shared between nodes.</summary>
    public string IndexPath { get; set; } = "App_Data/search-index";

    public int PageSize { get; set; } = 10;

    /// <summary>How deep paging goes: results beyond PageSize × MaxPage are not offered (refine the query instead).</summary>
    public int MaxPage { get; set; } = 100;

    /// <summary>
    /// How many parts of the index one search reads at once, on as many cores (0: one per core). Only an index of at
    /// least <see cref="ParallelFromDocuments"/> documents is split; below that a second thread costs more than it saves.
    /// </summary>
    public int ParallelSlices { get; set; }

    /// <summary><see cref="ParallelSlices"/>, with 0 read as the number of cores.</summary>
    public int Slices => ParallelSlices > 0 ? ParallelSlices : Environment.ProcessorCount;

    public int ParallelFromDocuments { get; set; } = 20_000;
}
