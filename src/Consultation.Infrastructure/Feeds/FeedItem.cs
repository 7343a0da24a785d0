namespace Consultation.Infrastructure.Feeds;

/// <summary>
/// One feed entry: a stable key (the same item keeps its id across polls), the page it links to, and the item's own
/// time — its last approved change, never the time of the request.
/// </summary>
public sealed record FeedItem(string Key, string Title, string Summary, string Path, DateTimeOffset Updated,
    string? Category = null);
