using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// The search the public pages and the JSON endpoint call: the current synonyms, the engine, and the names of the
/// columns in the column facet. Reads only; never writes, so it never waits for publishing and publishing never
/// waits for it.
/// </summary>
public sealed class SiteSearch(SearchEngine engine, SynonymList synonyms, SearchIndex index,
    SearchIndexRebuild rebuild, ConsultationDbContext db, TimeProvider clock)
{
    public async Task<SearchPage> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var results = engine.Run(request, await synonyms.CurrentAsync(ct), clock.GetUtcNow());
        if (results.Unavailable) _ = rebuild.StartAsync();
        var columnIds = results.Facets.Columns.Select(c => c.Value).Append(request.ColumnId ?? 0).Distinct().ToList();
        var columns = await db.Columns.AsNoTracking().Where(c => columnIds.Contains(c.Id)).ToListAsync(ct);
        return new SearchPage(request, results, columns.ToDictionary(c => c.Id),
            index.Problem is not null || rebuild.Progress is { Running: true });
    }
}
