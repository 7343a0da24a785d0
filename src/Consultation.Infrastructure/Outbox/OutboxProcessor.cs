using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Outbox;

/// <summary>
/// Hands new outbox messages to every <see cref="IOutboxHandler"/> of this node, in id order, each from its own
/// position. One pass at a time per node; <see cref="CatchUpAsync"/> lets a caller (a test, the command line) wait for
/// everything written so far to be applied.
/// </summary>
public sealed class OutboxProcessor(IServiceScopeFactory scopes, IEnumerable<IOutboxHandler> handlers,
    IOptions<OutboxOptions> options, ILogger<OutboxProcessor> logger)
{
    private readonly SemaphoreSlim _pass = new(1, 1);
    private DateTimeOffset _lastPurge = DateTimeOffset.MinValue;

    /// <summary>Applies every message already in the table to every handler.</summary>
    public async Task CatchUpAsync(CancellationToken ct = default)
    {
        await _pass.WaitAsync(ct);
        try
        {
            foreach (var handler in handlers) await CatchUpAsync(handler, ct);
            await PurgeIfDueAsync(ct);
        }
        finally
        {
            _pass.Release();
        }
    }

    /// <summary>The newest message id, for status pages and for a rebuild's starting point.</summary>
    public async Task<long> LatestIdAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        return await db.Set<OutboxMessage>().MaxAsync(m => (long?)m.Id, ct) ?? 0;
    }

    /// <summary>The newest message id and how many messages each of this node's handlers has yet to apply.</summary>
    public async Task<(long Latest, IReadOnlyDictionary<string, long> Behind)> LagAsync(CancellationToken ct = default)
    {
        var latest = await LatestIdAsync(ct);
        var behind = new Dictionary<string, long>();
        foreach (var handler in handlers) behind[handler.Name] = Math.Max(0, latest - await handler.PositionAsync(ct));
        return (latest, behind);
    }

    private async Task CatchUpAsync(IOutboxHandler handler, CancellationToken ct)
    {
        var batchSize = Math.Max(1, options.Value.BatchSize);
        while (true)
        {
            var position = await handler.PositionAsync(ct);
            List<OutboxMessage> batch;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
                batch = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Id > position).OrderBy(m => m.Id)
                    .Take(batchSize).ToListAsync(ct);
            }
            if (batch.Count == 0) return;
            await handler.HandleAsync(batch, ct);
            if (batch.Count < batchSize) return;
        }
    }

    /// <summary>Deletes messages past their retention, at most once an hour; any node may do it, twice is harmless.</summary>
    private async Task PurgeIfDueAsync(CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow; // the rows' own clock, see OutboxMessage.CreatedAt
        if (now - _lastPurge < TimeSpan.FromHours(1)) return;
        _lastPurge = now;
        var cutoff = now.AddDays(-Math.Max(1, options.Value.RetentionDays));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        // Never the newest message: a node compares its position with it to tell "nothing new" from "purged".
        var newest = await db.Set<OutboxMessage>().MaxAsync(m => (long?)m.Id, ct) ?? 0;
        var purged = await db.Set<OutboxMessage>().Where(m => m.CreatedAt < cutoff && m.Id < newest).ExecuteDeleteAsync(ct);
        if (purged > 0) logger.LogInformation("Outbox: deleted {Count} messages older than {Cutoff}", purged, cutoff);
    }
}
