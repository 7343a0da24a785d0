using Consultation.Core;
using Consultation.Core.Inspection;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Inspection;

/// <summary>
/// The inspection self-check (/admin/inspection and the dashboard): every veto item as pass, at risk or fail, worked
/// out from the database as it stands, with the latest broken-link crawl.
/// </summary>
public sealed class SelfCheck(ContentChecks content, DutyChecks duties, LinkCrawler crawler,
    IOptions<InspectionRules> options, TimeProvider clock)
{
    public async Task<InspectionReport> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = ShanghaiTime.DayOf(now);
        var crawl = await crawler.LatestAsync(ct);
        var items = new List<InspectionItem>();
        items.AddRange(await content.RunAsync(today, ct));
        items.Add(await BrokenLinksAsync(crawl, now, ct));
        items.AddRange(await duties.RunAsync(today, ct));
        return new InspectionReport(today, items.OrderBy(i => i.Key).ToList(), crawl);
    }

    /// <summary>
    /// Broken links fail from the last finished crawl; with none yet, one still running or one older than the
    /// configured age, the item is at risk (nobody knows the links are fine).
    /// </summary>
    private async Task<InspectionItem> BrokenLinksAsync(LinkCrawl? crawl, DateTimeOffset now, CancellationToken ct)
    {
        const string Fix = "/admin/inspection#crawl";
        if (crawl is null)
            return new(InspectionItemKey.BrokenLinks, InspectionStatus.AtRisk,
                [new InspectionFinding(InspectionStatus.AtRisk, "inspection.crawl_never", [], Fix)]);
        if (crawl.IsRunning)
            return new(InspectionItemKey.BrokenLinks, InspectionStatus.AtRisk,
                [new InspectionFinding(InspectionStatus.AtRisk, "inspection.crawl_running_line", [crawl.Percent], Fix)]);
        var broken = await crawler.BrokenAsync(crawl.Id, ct);
        var findings = broken.Select(l => new InspectionFinding(InspectionStatus.Fail, "inspection.link_broken",
            [l.Path, l.StatusCode ?? 0, l.FoundOn], l.FoundOn.Length > 0 ? l.FoundOn : "/")).ToList();
        if (findings.Count == 0 && crawl.FinishedAt!.Value.AddDays(options.Value.CrawlMaxAgeDays) < now)
            findings.Add(new InspectionFinding(InspectionStatus.AtRisk, "inspection.crawl_old",
                [ShanghaiTime.Date(crawl.FinishedAt)], Fix));
        return new(InspectionItemKey.BrokenLinks, InspectionVerdict.ByFindings(
            findings.Count(f => f.Status == InspectionStatus.Fail), findings.Count(f => f.Status == InspectionStatus.AtRisk)),
            findings);
    }
}
