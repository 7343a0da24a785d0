namespace Consultation.Infrastructure.Search;

/// <summary>How far this node's running (or last) full rebuild got.</summary>
public sealed record SearchRebuildProgress(
    DateTimeOffset StartedAt,
    int Done,
    int Total,
    DateTimeOffset? FinishedAt,
    string? Error)
{
    public bool Running => FinishedAt is null;

    public int Percent => Total == 0 ? (Running ? 0 : 100) : (int)(100L * Done / Total);
}
