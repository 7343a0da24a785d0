using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// This node's copy of the synonym list. An edit anywhere reaches every node through the outbox
/// (<see cref="Outbox.OutboxKinds.SearchSynonymsChanged"/>), which drops the copy; it is read again on the next search.
/// Synonyms widen queries only, so changing them needs no re-indexing.
/// </summary>
public sealed class SynonymList(IServiceScopeFactory scopes)
{
    private volatile SynonymSet? _current;

    public async Task<SynonymSet> CurrentAsync(CancellationToken ct = default)
    {
        if (_current is { } current) return current;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var loaded = SynonymSet.From(await db.SearchSynonyms.AsNoTracking().ToListAsync(ct));
        _current = loaded;
        return loaded;
    }

    public void Invalidate() => _current = null;
}
