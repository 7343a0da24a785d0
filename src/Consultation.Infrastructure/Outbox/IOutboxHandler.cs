namespace Consultation.Infrastructure.Outbox;

/// <summary>
/// One use of the outbox (the search index, later mail and cache eviction): it reads every message in id order from
/// where it left off. Where it keeps its place is its own business: a node-local index keeps it with the index, a
/// once-per-cluster job would keep it in the database.
/// </summary>
public interface IOutboxHandler
{
    /// <summary>A short name for logs and status pages.</summary>
    string Name { get; }

    /// <summary>The id of the last message this handler has applied; 0 before the first.</summary>
    Task<long> PositionAsync(CancellationToken ct);

    /// <summary>
    /// Applies <paramref name="messages"/> (ascending ids, all after <see cref="PositionAsync"/>) and records the last
    /// id as the new position, together with the effect where it can. A handler must tolerate seeing a message again.
    /// </summary>
    Task HandleAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken ct);
}
