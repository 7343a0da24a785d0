namespace Consultation.Core.Inspection;

/// <summary>
/// One address of a <see cref="LinkCrawl"/>: a site path, the page it was first found on, and once checked its HTTP
/// status. 0 means the request failed outright (no answer at all).
/// </summary>
public sealed class CrawledLink
{
    public const int MaxPathLength = 1000;

    private CrawledLink() { }

    public long Id { get; private set; }
    public int CrawlId { get; private set; }
    public string Path { get; private set; } = "";
    /// <summary>Where the link was first seen; empty for the home page the crawl starts from.</summary>
    public string FoundOn { get; private set; } = "";
    public int? StatusCode { get; private set; }
    public DateTimeOffset? CheckedAt { get; private set; }

    public bool IsBroken => StatusCode is { } code && (code == 0 || code >= 400);

    public static CrawledLink For(int crawlId, string path, string foundOn) =>
        new() { CrawlId = crawlId, Path = path, FoundOn = foundOn };

    internal void Check(int statusCode, DateTimeOffset now)
    {
        if (StatusCode is not null) throw new DomainException("inspection.link_checked");
        StatusCode = statusCode;
        CheckedAt = now;
    }
}
