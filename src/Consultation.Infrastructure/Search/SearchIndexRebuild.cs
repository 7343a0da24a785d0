using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// Rebuilds this node's index from the database into a new generation while the current one keeps answering (stale
/// results beat none), then switches over. It starts from the newest outbox id read before the database, so anything
/// saved meanwhile is applied again by the feed afterwards; applying twice is harmless. One rebuild at a time.
/// </summary>
public sealed class SearchIndexRebuild(SearchIndex index, IServiceScopeFactory scopes, TimeProvider clock,
    IOptions<SearchOptions> options, ILogger<SearchIndexRebuild> logger)
{
    private const int BatchSize = 200;
    private readonly object _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task? _running;
    private volatile SearchRebuildProgress? _progress;

    /// <summary>The running or last rebuild on this node, or null if there was none since start.</summary>
    public SearchRebuildProgress? Progress => _progress;

    /// <summary>Starts a rebuild in the background unless one is running; returns the running one.</summary>
    public Task StartAsync()
    {
        lock (_gate)
        {
            if (_running is { IsCompleted: false } running) return running;
            _progress = new SearchRebuildProgress(clock.GetUtcNow(), 0, 0, null, null);
            return _running = Task.Run(() => RunAsync(_stopping.Token));
        }
    }

    /// <summary>Stops a running rebuild when the node shuts down; the half-built generation is thrown away.</summary>
    public void Stop() => _stopping.Cancel();

    /// <summary>Waits for a running rebuild, if any (tests, the command line, start-up checks).</summary>
    public Task WhenIdleAsync()
    {
        lock (_gate) return _running ?? Task.CompletedTask;
    }

    private async Task RunAsync(CancellationToken ct)
    {
        var started = _progress!.StartedAt;
        try
        {
            long position;
            var keys = new List<(SearchableKind Kind, string Key)>();
            await using (var scope = scopes.CreateAsyncScope())
            {
                position = await scope.ServiceProvider.GetRequiredService<ConsultationDbContext>().OutboxMessages
                    .MaxAsync(m => (long?)m.Id, ct) ?? 0;
                foreach (var kind in scope.ServiceProvider.GetServices<SearchableKind>())
                    keys.AddRange((await kind.PublicKeysAsync(ct)).Select(k => (kind, k)));
            }
            _progress = new SearchRebuildProgress(started, 0, keys.Count, null, null);
            var generation = index.CreateGeneration();
            try
            {
                var done = 0;
                foreach (var batch in keys.GroupBy(k => k.Kind.SubjectType).SelectMany(g => g.Chunk(BatchSize)))
                {
                    ct.ThrowIfCancellationRequested();
                    await using var scope = scopes.CreateAsyncScope();
                    var kind = scope.ServiceProvider.GetServices<SearchableKind>()
                        .First(k => k.SubjectType == batch[0].Kind.SubjectType);
                    foreach (var document in await kind.DocumentsAsync(batch.Select(b => b.Key).ToList(), ct))
                        generation.Writer.AddDocument(SearchDocuments.ToLucene(SearchIndexFeed.Subject(kind.SubjectType, document.SubjectKey), document));
                    done += batch.Length;
                    _progress = new SearchRebuildProgress(started, done, keys.Count, null, null);
                }
                generation.MergeDown(options.Value.Slices);
                generation.Commit(position);
            }
            catch
            {
                index.Discard(generation);
                throw;
            }
            await index.SwitchToAsync(generation, ct);
            _progress = new SearchRebuildProgress(started, keys.Count, keys.Count, clock.GetUtcNow(), null);
            logger.LogInformation("Search index rebuilt: {Count} records in {Seconds:0.0} s", keys.Count,
                (clock.GetUtcNow() - started).TotalSeconds);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            var p = _progress;
            _progress = new SearchRebuildProgress(started, p?.Done ?? 0, p?.Total ?? 0, clock.GetUtcNow(), "stopped");
        }
        catch (Exception e)
        {
            logger.LogError(e, "Search index rebuild failed");
            var p = _progress;
            _progress = new SearchRebuildProgress(started, p?.Done ?? 0, p?.Total ?? 0, clock.GetUtcNow(), e.Message);
        }
    }
}
