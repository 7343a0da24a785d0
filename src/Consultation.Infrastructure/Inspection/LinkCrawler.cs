using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Consultation.Core;
using Consultation.Core.Inspection;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Inspection;

/// <summary>
/// The broken-link crawl of the public site: starts at the home page, checks every internal address (pages,
/// attachments, styles, scripts) and follows links found on pages. It works in saved batches, so the background job
/// that drives it can stop at any moment (a restart, a deployment) and carry on from the last batch.
/// </summary>
public sealed partial class LinkCrawler(ConsultationDbContext db, IHttpClientFactory http, IOptions<InspectionRules> rules,
    TimeProvider clock)
{
    /// <summary>The named HTTP client the web layer points at the running site.</summary>
    public const string ClientName = "inspection-crawl";

    /// <summary>Pages larger than this are checked but not read for links.</summary>
    private const int MaxPageBytes = 4 * 1024 * 1024;

    public Task<LinkCrawl?> LatestAsync(CancellationToken ct = default) =>
        db.LinkCrawls.AsNoTracking().OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);

    /// <summary>Broken addresses of a crawl, in the order they were found.</summary>
    public Task<List<CrawledLink>> BrokenAsync(int crawlId, CancellationToken ct = default) =>
        db.CrawledLinks.AsNoTracking()
            .Where(l => l.CrawlId == crawlId && l.StatusCode != null && (l.StatusCode == 0 || l.StatusCode >= 400))
            .OrderBy(l => l.Id).ToListAsync(ct);

    /// <summary>Starts a crawl at the home page; refused while one is still running.</summary>
    public async Task<LinkCrawl> StartAsync(string startedBy, CancellationToken ct = default)
    {
        if (await db.LinkCrawls.AnyAsync(c => c.FinishedAt == null, ct)) throw new DomainException("inspection.crawl_running");
        var crawl = LinkCrawl.Start(startedBy, clock.GetUtcNow());
        db.LinkCrawls.Add(crawl);
        await db.SaveChangesAsync(ct);
        db.CrawledLinks.Add(CrawledLink.For(crawl.Id, "/", ""));
        await db.SaveChangesAsync(ct);
        return crawl;
    }

    /// <summary>
    /// Checks the next batch of the running crawl and stores the new addresses found; finishes the crawl when nothing
    /// is left. Returns whether more work remains.
    /// </summary>
    public async Task<bool> RunBatchAsync(CancellationToken ct = default)
    {
        var crawl = await db.LinkCrawls.Where(c => c.FinishedAt == null).OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
        if (crawl is null) return false;
        var batch = await db.CrawledLinks.Where(l => l.CrawlId == crawl.Id && l.CheckedAt == null).OrderBy(l => l.Id)
            .Take(Math.Max(1, rules.Value.CrawlBatchSize)).ToListAsync(ct);
        if (batch.Count == 0)
        {
            crawl.Finish(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return false;
        }
        var known = (await db.CrawledLinks.Where(l => l.CrawlId == crawl.Id).Select(l => l.Path).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var found = new List<CrawledLink>();
        using var client = http.CreateClient(ClientName);
        foreach (var link in batch)
        {
            var (status, page) = await FetchAsync(client, link.Path, ct);
            crawl.Record(link, status, clock.GetUtcNow());
            if (page is null) continue;
            foreach (var path in LinksOn(page, link.Path))
                if (known.Add(path)) found.Add(CrawledLink.For(crawl.Id, path, link.Path));
        }
        db.CrawledLinks.AddRange(found.Take(crawl.Discover(found.Count, rules.Value.CrawlMaxPages)));
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Every internal address an HTML page refers to through <c>href</c> or <c>src</c>.</summary>
    public IEnumerable<string> LinksOn(string html, string pagePath) =>
        Reference().Matches(html).Select(m => CrawlPath.Resolve(m.Groups["url"].Value, pagePath, rules.Value.CrawlSkipPrefixes))
            .OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>The final status after redirects, and the page's HTML when it is a page worth reading for links.</summary>
    private static async Task<(int Status, string? Html)> FetchAsync(HttpClient client, string path, CancellationToken ct)
    {
        try
        {
            using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, ct);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode || !IsHtml(response.Content.Headers.ContentType)
                || response.Content.Headers.ContentLength > MaxPageBytes)
                return (status, null);
            return (status, await response.Content.ReadAsStringAsync(ct));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return (0, null);
        }
    }

    private static bool IsHtml(MediaTypeHeaderValue? type) =>
        string.Equals(type?.MediaType, "text/html", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("""\b(?:href|src)\s*=\s*(?:"(?<url>[^"]*)"|'(?<url>[^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();
}
