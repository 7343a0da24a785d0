namespace Consultation.Infrastructure.Outbox;

/// <summary>The <c>Outbox</c> section: how often each node looks for new messages and how long messages are kept.</summary>
public sealed class OutboxOptions
{
    /// <summary>Every node polls this often; a node that has been down catches up from its own position.</summary>
    public int PollIntervalMilliseconds { get; set; } = 1000;

    /// <summary>Messages per read.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// Messages older than this are deleted. A node that was away longer finds its position gone and rebuilds its
    /// index from the database instead (see <c>SearchIndexFeed</c>).
    /// </summary>
    public int RetentionDays { get; set; } = 30;
}
