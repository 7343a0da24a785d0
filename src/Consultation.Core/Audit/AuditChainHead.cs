namespace Consultation.Core.Audit;

/// <summary>
/// The hash of the newest audit line, in a row of its own: writers lock this row to append, so the chain never forks
/// when two requests write audit lines at the same moment, on one node or several.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingleId = 1;

    private AuditChainHead() { }

    public int Id { get; private set; } = SingleId;
    public string Hash { get; private set; } = AuditEntry.Genesis;

    public static AuditChainHead Start() => new();

    /// <summary>Seals <paramref name="lines"/> in order after the current head and moves the head to the last one.</summary>
    public void Append(IEnumerable<AuditEntry> lines)
    {
        foreach (var line in lines)
        {
            line.Seal(Hash);
            Hash = line.Hash;
        }
    }
}
