using System.Globalization;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Audit;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Feeds;

/// <summary>
/// What the Atom feeds list: only items that passed 三审, as last approved, newest first. The three consultation feeds
/// each follow one moment of a consultation — published (new), open and near its close (closing soon), closed — and an
/// entry's time is the moment that makes it belong there, so a feed changes only when something happened.
/// </summary>
public sealed class FeedQueries(ConsultationDbContext db, PublicationTimes times, TimeProvider clock,
    IOptions<FeedOptions> options)
{
    public async Task<List<FeedItem>> ConsultationsAsync(ConsultationFeed feed, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var soon = now.AddDays(options.Value.ClosingSoonDays);
        var query = db.Consultations.AsNoTracking().Where(c => c.PublishedAt != null);
        query = feed switch
        {
            ConsultationFeed.ClosingSoon => query.Where(ConsultationStatusRule.Is(ConsultationStatus.Open, now))
                .Where(c => c.Window.ClosesAt <= soon),
            ConsultationFeed.Closed => query.Where(c => c.Window.ClosesAt <= now),
            _ => query,
        };
        var rows = await query.Select(c => new { c.Id, c.Slug, c.Title, c.Window.OpensAt, c.Window.ClosesAt, c.PublishedAt })
            .ToListAsync(ct);
        var published = await times.LastPublishedAsync("consultation", rows.Select(r => (long)r.Id).ToList(), ct);
        return Newest(rows.Select(r => new FeedItem($"consultation-{Key(r.Id)}", r.Title,
            $"{Shanghai(r.OpensAt)} — {Shanghai(r.ClosesAt)}", $"/consultations/{r.Slug}",
            // Closed: the close itself is the news; otherwise the last approved change of the page.
            feed == ConsultationFeed.Closed ? r.ClosesAt : PublicationTimes.Latest(published, r.Id, r.PublishedAt!.Value),
            feed.ToString())));
    }

    /// <summary>Published adoption reports (反馈报告); a correction after 终审 is a new version with a new time.</summary>
    public async Task<List<FeedItem>> ReportsAsync(CancellationToken ct = default)
    {
        var rows = await (from r in db.FeedbackReports.AsNoTracking().Include(r => r.Versions)
                          join c in db.Consultations on r.ConsultationId equals c.Id
                          where r.PublishedAt != null
                          select new { Report = r, c.Slug, c.Title }).ToListAsync(ct);
        return Newest(rows.Where(x => x.Report.LatestVersion is not null).Select(x => new FeedItem(
            $"report-{Key(x.Report.Id)}", x.Title, x.Report.LatestVersion!.CorrectionNote ?? "",
            $"/consultations/{x.Slug}/report", x.Report.LatestVersion.PublishedAt)));
    }

    /// <summary>Decisions whose background passed 三审; recording the decision itself is the newer moment when it happened.</summary>
    public async Task<List<FeedItem>> DecisionsAsync(CancellationToken ct = default)
    {
        var rows = await db.Decisions.AsNoTracking().Where(d => d.PublishedAt != null)
            .Select(d => new { d.Id, d.Title, d.Department, d.DecidedOn, d.DecisionDocumentNumber, d.DecisionRecordedAt, d.PublishedAt })
            .ToListAsync(ct);
        var published = await times.LastPublishedAsync("decision", rows.Select(r => (long)r.Id).ToList(), ct);
        return Newest(rows.Select(r =>
        {
            var at = PublicationTimes.Latest(published, r.Id, r.PublishedAt!.Value);
            if (r.DecidedOn is not null && r.DecisionRecordedAt is { } recorded && recorded > at) at = recorded;
            var summary = r.DecidedOn is { } on ? $"{r.Department} {on:yyyy-MM-dd} {r.DecisionDocumentNumber}".Trim() : r.Department;
            return new FeedItem($"decision-{Key(r.Id)}", r.Title, summary, $"/decisions/{Key(r.Id)}", at,
                r.DecidedOn is null ? "consulting" : "decided");
        }));
    }

    private List<FeedItem> Newest(IEnumerable<FeedItem> items) =>
        items.OrderByDescending(i => i.Updated).ThenBy(i => i.Key, StringComparer.Ordinal)
            .Take(options.Value.Entries).ToList();

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Shanghai(DateTimeOffset at) =>
        Core.ShanghaiTime.ToShanghai(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
