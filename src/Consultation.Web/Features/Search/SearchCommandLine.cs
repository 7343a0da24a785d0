using Consultation.Infrastructure.Search;

namespace Consultation.Web.Features.Search;

/// <summary>
/// <c>--rebuild-search-index</c>: rebuilds this node's index from the database, printing progress, then exits
/// without serving. For a node that is stopped (or new); a running site rebuilds from /admin/search instead.
/// </summary>
public static class SearchCommandLine
{
    public const string RebuildSwitch = "--rebuild-search-index";

    /// <summary>Rebuilds the index and returns the process exit code: 0 done, 1 failed, 2 index in use by a running site.</summary>
    public static async Task<int> RebuildAsync(WebApplication app)
    {
        SearchIndexRebuild rebuild;
        try
        {
            rebuild = app.Services.GetRequiredService<SearchIndexRebuild>();
        }
        catch (SearchIndexInUseException)
        {
            await Console.Error.WriteLineAsync("The search index is in use by a running site on this node: rebuild it from /admin/search.");
            return 2;
        }
        var running = rebuild.StartAsync();
        while (!running.IsCompleted)
        {
            await Task.WhenAny(running, Task.Delay(TimeSpan.FromSeconds(1)));
            if (rebuild.Progress is { } p) Console.WriteLine($"Rebuilding search index: {p.Done}/{p.Total} records ({p.Percent}%)");
        }
        var done = rebuild.Progress;
        if (done?.Error is { } error)
        {
            await Console.Error.WriteLineAsync($"Search index rebuild failed: {error}");
            return 1;
        }
        var index = app.Services.GetRequiredService<SearchIndex>();
        Console.WriteLine($"Search index rebuilt: {index.DocumentCount} documents from {done?.Total ?? 0} records in {index.Root}");
        return 0;
    }
}
