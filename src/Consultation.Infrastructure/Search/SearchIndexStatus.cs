namespace Consultation.Infrastructure.Search;

/// <summary>What the back office shows about this node's index.</summary>
public sealed record SearchIndexStatus(
    string Node,
    string Folder,
    string Generation,
    int Documents,
    long Position,
    long LatestMessage,
    string? Problem,
    SearchRebuildProgress? Rebuild)
{
    /// <summary>Outbox messages this node has yet to apply.</summary>
    public long Behind => Math.Max(0, LatestMessage - Position);
}
