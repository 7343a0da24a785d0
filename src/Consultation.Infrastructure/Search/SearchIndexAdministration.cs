using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Search;

/// <summary>The back office's view of this node's index, and the rebuild request every node acts on.</summary>
public sealed class SearchIndexAdministration(SearchIndex index, SearchIndexRebuild rebuild, ConsultationDbContext db)
{
    public async Task<SearchIndexStatus> StatusAsync(CancellationToken ct = default) => new(
        Environment.MachineName, index.Root, index.Generation, index.DocumentCount, index.Position,
        await db.OutboxMessages.MaxAsync(m => (long?)m.Id, ct) ?? 0, index.Problem, rebuild.Progress);

    /// <summary>
    /// Asks every node to rebuild its index from the database. The request travels through the outbox like any
    /// change, so a node that is down now rebuilds when it comes back; this node starts at once.
    /// </summary>
    public async Task RequestRebuildAsync(CancellationToken ct = default)
    {
        await db.SaveWithInstructionAsync(
            OutboxMessage.Instruction(OutboxKinds.SearchRebuild, "search", "index", ""), ct);
        _ = rebuild.StartAsync();
    }
}
