namespace Consultation.Core.Inspection;

/// <summary>
/// One broken-link check of the public site. Its addresses (<see cref="CrawledLink"/>) are stored as they are found
/// and checked in batches, so a crawl interrupted by a restart carries on where it stopped; the counters give the
/// progress shown on the self-check page.
/// </summary>
public sealed class LinkCrawl
{
    private LinkCrawl() { }

    public int Id { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public string StartedBy { get; private set; } = "";
    public DateTimeOffset? FinishedAt { get; private set; }
    public int Found { get; private set; }
    public int Checked { get; private set; }
    public int Broken { get; private set; }
    /// <summary>Addresses found beyond <see cref="InspectionRules.CrawlMaxPages"/> and not checked.</summary>
    public int Skipped { get; private set; }

    public bool IsRunning => FinishedAt is null;

    /// <summary>Share of the found addresses checked so far, 0–100.</summary>
    public int Percent => Found == 0 ? 0 : (int)(100L * Checked / Found);

    /// <summary>Starts at the home page.</summary>
    public static LinkCrawl Start(string startedBy, DateTimeOffset now) =>
        new() { StartedBy = startedBy, StartedAt = now, Found = 1 };

    /// <summary>Counts newly found addresses, as many as the limit allows; returns how many may be stored.</summary>
    public int Discover(int count, int maxPages)
    {
        var room = Math.Max(0, maxPages - Found);
        var taken = Math.Min(room, count);
        Found += taken;
        Skipped += count - taken;
        return taken;
    }

    public void Record(CrawledLink link, int statusCode, DateTimeOffset now)
    {
        link.Check(statusCode, now);
        Checked++;
        if (link.IsBroken) Broken++;
    }

    public void Finish(DateTimeOffset now)
    {
        if (!IsRunning) throw new DomainException("inspection.crawl_finished");
        FinishedAt = now;
    }
}
