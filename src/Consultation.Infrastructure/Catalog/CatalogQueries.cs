using System.Globalization;
using Consultation.Core.Catalog;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Catalog;

/// <summary>
/// Reads catalog entries and turns each chosen record into a link only when that record is public now: an unpublished
/// consultation, report, article or meeting record gives no address, so the page shows 待公开 instead of a broken link.
/// </summary>
public sealed class CatalogQueries(ConsultationDbContext db)
{
    public async Task<List<CatalogRow>> ListAsync(CatalogFilter filter, CancellationToken ct = default)
    {
        var query = db.CatalogEntries.AsNoTracking();
        if (filter.Year is { } year) query = query.Where(e => e.Year == year);
        if (filter.Status is { } status) query = query.Where(e => e.Status == status);
        if (!string.IsNullOrWhiteSpace(filter.Office)) query = query.Where(e => e.Office == filter.Office.Trim());
        var entries = await query.OrderBy(e => e.Year).ThenBy(e => e.Id).ToListAsync(ct);
        return await ResolveAsync(entries, ct);
    }

    public async Task<CatalogRow?> FindAsync(int id, CancellationToken ct = default)
    {
        var entry = await db.CatalogEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        return entry is null ? null : (await ResolveAsync([entry], ct))[0];
    }

    public Task<List<int>> YearsAsync(CancellationToken ct = default) =>
        db.CatalogEntries.Select(e => e.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);

    public Task<List<string>> OfficesAsync(int year, CancellationToken ct = default) =>
        db.CatalogEntries.Where(e => e.Year == year).Select(e => e.Office).Distinct().OrderBy(o => o)
            .ToListAsync(ct);

    private async Task<List<CatalogRow>> ResolveAsync(List<CatalogEntry> entries, CancellationToken ct)
    {
        var decisionIds = entries.Select(e => e.DecisionId).Concat(entries.Select(e => e.BackgroundDecisionId ?? 0))
            .Distinct().ToList();
        var decisions = await db.Decisions.AsNoTracking().Where(d => decisionIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Title, ct);
        var publicDecisions = (await db.Decisions.AsNoTracking()
            .Where(d => decisionIds.Contains(d.Id) && d.PublishedAt != null).Select(d => d.Id).ToListAsync(ct)).ToHashSet();
        var consultationIds = entries.SelectMany(e => new[] { e.DraftConsultationId, e.ExplanationConsultationId })
            .OfType<int>().Distinct().ToList();
        var slugs = await db.Consultations.AsNoTracking()
            .Where(c => consultationIds.Contains(c.Id) && c.PublishedAt != null)
            .ToDictionaryAsync(c => c.Id, c => c.Slug, ct);
        var reportIds = entries.Select(e => e.FeedbackReportId).OfType<int>().Distinct().ToList();
        var reports = await (from r in db.FeedbackReports.AsNoTracking()
                             join c in db.Consultations on r.ConsultationId equals c.Id
                             where reportIds.Contains(r.Id) && r.PublishedAt != null
                             select new { r.Id, c.Slug }).ToDictionaryAsync(x => x.Id, x => x.Slug, ct);
        var articleIds = entries.Select(e => e.ResultArticleId).OfType<int>().Distinct().ToList();
        var articles = (await db.Articles.AsNoTracking()
            .Where(a => articleIds.Contains(a.Id) && a.PublishedVersionNumber != null)
            .Select(a => a.Id).ToListAsync(ct)).ToHashSet();
        var meetingIds = entries.Select(e => e.MeetingId).OfType<int>().Distinct().ToList();
        var meetings = (await db.Meetings.AsNoTracking()
            .Where(m => meetingIds.Contains(m.Id) && m.RecordPublishedAt != null)
            .Select(m => m.Id).ToListAsync(ct)).ToHashSet();

        string? UrlOf(SiteRecord? record) => record switch
        {
            null => null,
            // 决策背景 links only once the background has passed 三审 (the page is a 404 before).
            { Kind: SiteRecordKind.Decision } when publicDecisions.Contains(record.Id) => $"/decisions/{Text(record.Id)}",
            { Kind: SiteRecordKind.FeedbackReport } when reports.TryGetValue(record.Id, out var s) =>
                $"/consultations/{s}/report",
            { Kind: SiteRecordKind.Article } when articles.Contains(record.Id) => $"/articles/{Text(record.Id)}",
            // 公众列席 points at the meeting only once its record (who attended, what they said) is public.
            { Kind: SiteRecordKind.Meeting } when meetings.Contains(record.Id) => $"/meetings/{Text(record.Id)}",
            _ => null,
        };

        return entries.Select(e =>
        {
            var required = CatalogCompleteness.Required(e.Status, e.MeetingHeld).ToHashSet();
            var links = Enum.GetValues<CatalogSlot>().Select(slot =>
            {
                var record = e.LinkOf(slot);
                var url = slot switch
                {
                    CatalogSlot.Draft when record is not null && slugs.TryGetValue(record.Id, out var s) =>
                        $"/consultations/{s}#draft",
                    CatalogSlot.Explanation when record is not null && slugs.TryGetValue(record.Id, out var s) =>
                        $"/consultations/{s}#explanation",
                    CatalogSlot.Draft or CatalogSlot.Explanation => null,
                    _ => UrlOf(record),
                };
                return new CatalogLink(slot, url, required.Contains(slot));
            }).ToList();
            return new CatalogRow(e.Id, e.Year, e.DecisionId, decisions.GetValueOrDefault(e.DecisionId, ""), e.Office,
                e.PlannedTiming, e.Status, e.AdjustmentReason, e.MeetingHeld, links);
        }).ToList();
    }

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);
}
