using System.Globalization;
using Consultation.Core.Catalog;
using Consultation.Infrastructure.Audit;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Catalog;

/// <summary>
/// Reads catalog entries — the public the lines that passed 三审, the back office the lines as written — and turns each
/// chosen record into a link only when that record is public now: an unpublished consultation, report, article or
/// meeting record gives no address, so the page shows 待公开 instead of a broken link.
/// </summary>
public sealed class CatalogQueries(ConsultationDbContext db, PublicationTimes times)
{
    /// <summary>The public catalog: each line as last approved. A year has a few dozen lines, filtered here.</summary>
    public async Task<List<CatalogRow>> ListAsync(CatalogFilter filter, CancellationToken ct = default)
    {
        var entries = await Entries(filter.Year).Where(e => e.PublishedJson != null).ToListAsync(ct);
        var lines = entries.Select(e => (Entry: e, Content: e.Published!))
            .Where(l => string.IsNullOrWhiteSpace(filter.Office) || l.Content.Office == filter.Office.Trim())
            .ToList();
        // The status shown follows the decision's facts, so the filter applies to the resolved line.
        return (await ResolveAsync(lines, ct)).Where(r => filter.Status is not { } status || r.Status == status).ToList();
    }

    /// <summary>For open data: public lines of every year in id order, after <paramref name="after"/>.</summary>
    public async Task<List<CatalogRow>> PublicPageAsync(long after, int take, CancellationToken ct = default)
    {
        var entries = await db.CatalogEntries.AsNoTracking().Where(e => e.PublishedJson != null && e.Id > after)
            .OrderBy(e => e.Id).Take(take).ToListAsync(ct);
        return await ResolveAsync(entries.Select(e => (e, e.Published!)).ToList(), ct);
    }

    /// <summary>The back office's catalog: each line as being written.</summary>
    public async Task<List<CatalogRow>> WorkingListAsync(int year, CancellationToken ct = default) =>
        await ResolveAsync((await Entries(year).ToListAsync(ct)).Select(e => (e, e.Current)).ToList(), ct);

    public async Task<CatalogRow?> WorkingAsync(int id, CancellationToken ct = default)
    {
        var entry = await db.CatalogEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        return entry is null ? null : (await ResolveAsync([(entry, entry.Current)], ct))[0];
    }

    public Task<List<int>> YearsAsync(CancellationToken ct = default) =>
        db.CatalogEntries.Select(e => e.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);

    public async Task<List<string>> OfficesAsync(int year, CancellationToken ct = default) =>
        (await Entries(year).Where(e => e.PublishedJson != null).ToListAsync(ct)).Select(e => e.Published!.Office)
        .Distinct().OrderBy(o => o, StringComparer.Ordinal).ToList();

    private IQueryable<CatalogEntry> Entries(int? year)
    {
        var query = db.CatalogEntries.AsNoTracking();
        if (year is { } y) query = query.Where(e => e.Year == y);
        return query.OrderBy(e => e.Year).ThenBy(e => e.Id);
    }

    private async Task<List<CatalogRow>> ResolveAsync(List<(CatalogEntry Entry, CatalogEntryContent Content)> lines,
        CancellationToken ct)
    {
        var entries = lines.Select(l => l.Entry).ToList();
        var contents = lines.Select(l => l.Content).ToList();
        var decisionIds = entries.Select(e => e.DecisionId).Concat(contents.Select(e => e.BackgroundDecisionId ?? 0))
            .Distinct().ToList();
        var decisions = await db.Decisions.AsNoTracking().Where(d => decisionIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Title, ct);
        var publicDecisions = (await db.Decisions.AsNoTracking()
            .Where(d => decisionIds.Contains(d.Id) && d.PublishedAt != null).Select(d => d.Id).ToListAsync(ct)).ToHashSet();
        var progress = await ProgressAsync(entries.Select(e => e.DecisionId).Distinct().ToList(), ct);
        // Links the decision's own published facts supply when the line names none: the report and the result.
        contents = contents.Select((c, i) => progress.GetValueOrDefault(entries[i].DecisionId) is { } p
            ? c with { FeedbackReportId = c.FeedbackReportId ?? p.ReportId, ResultArticleId = c.ResultArticleId ?? p.ResultArticleId }
            : c).ToList();
        var consultationIds = contents.SelectMany(e => new[] { e.DraftConsultationId, e.ExplanationConsultationId })
            .OfType<int>().Distinct().ToList();
        var slugs = await db.Consultations.AsNoTracking()
            .Where(c => consultationIds.Contains(c.Id) && c.PublishedAt != null)
            .ToDictionaryAsync(c => c.Id, c => c.Slug, ct);
        var reportIds = contents.Select(e => e.FeedbackReportId).OfType<int>().Distinct().ToList();
        var reports = await (from r in db.FeedbackReports.AsNoTracking()
                             join c in db.Consultations on r.ConsultationId equals c.Id
                             where reportIds.Contains(r.Id) && r.PublishedAt != null
                             select new { r.Id, c.Slug }).ToDictionaryAsync(x => x.Id, x => x.Slug, ct);
        var articleIds = contents.Select(e => e.ResultArticleId).OfType<int>().Distinct().ToList();
        var articles = (await db.Articles.AsNoTracking()
            .Where(a => articleIds.Contains(a.Id) && a.PublishedVersionNumber != null)
            .Select(a => a.Id).ToListAsync(ct)).ToHashSet();
        var meetingIds = contents.Select(e => e.MeetingId).OfType<int>().Distinct().ToList();
        var published = await times.LastPublishedAsync("catalog", entries.Select(e => (long)e.Id).ToList(), ct);
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

        return lines.Select((line, index) =>
        {
            var e = line.Entry;
            var content = contents[index];
            var facts = progress.GetValueOrDefault(e.DecisionId);
            var status = (facts?.Progress ?? DecisionProgress.None).Follow(content.Status);
            var required = CatalogCompleteness.Required(status, content.MeetingHeld).ToHashSet();
            var links = Enum.GetValues<CatalogSlot>().Select(slot =>
            {
                var record = content.LinkOf(slot);
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
            return new CatalogRow(e.Id, e.Year, e.DecisionId, decisions.GetValueOrDefault(e.DecisionId, ""), content.Office,
                content.PlannedTiming, status, content.AdjustmentReason, content.MeetingHeld, links,
                status == CatalogStatus.Decided ? facts?.DecidedOn : null,
                status == CatalogStatus.Decided ? facts?.DocumentNumber : null,
                Newest(PublicationTimes.Latest(published, e.Id, e.PublishedAt ?? DateTimeOffset.UnixEpoch), facts?.ChangedAt));
        }).ToList();
    }

    private sealed record DecisionFacts(DecisionProgress Progress, int? ReportId, int? ResultArticleId,
        DateOnly? DecidedOn, string? DocumentNumber, DateTimeOffset? ChangedAt);

    private static DateTimeOffset Newest(DateTimeOffset a, DateTimeOffset? b) => b is { } t && t > a ? t : a;

    /// <summary>
    /// What is public about each decision now: a published consultation, its published adoption report, and the
    /// recorded decision whose result article is published. Each of these passed 三审 (or is a recorded fact).
    /// </summary>
    private async Task<Dictionary<int, DecisionFacts>> ProgressAsync(List<int> decisionIds, CancellationToken ct)
    {
        var consulted = (await db.Consultations.AsNoTracking()
            .Where(c => decisionIds.Contains(c.DecisionId) && c.PublishedAt != null)
            .Select(c => c.DecisionId).Distinct().ToListAsync(ct)).ToHashSet();
        var reports = (await (from r in db.FeedbackReports.AsNoTracking()
                              join c in db.Consultations on r.ConsultationId equals c.Id
                              where decisionIds.Contains(c.DecisionId) && r.PublishedAt != null
                              select new { c.DecisionId, r.Id, r.PublishedAt }).ToListAsync(ct))
            .GroupBy(x => x.DecisionId).ToDictionary(g => g.Key, g => (Id: g.Max(x => x.Id), At: g.Max(x => x.PublishedAt)));
        var decisions = await db.Decisions.AsNoTracking().Where(d => decisionIds.Contains(d.Id))
            .Select(d => new { d.Id, d.DecidedOn, d.DecisionDocumentNumber, d.ResultArticleId, d.DecisionRecordedAt }).ToListAsync(ct);
        var resultIds = decisions.Select(d => d.ResultArticleId).OfType<int>().ToList();
        var publicResults = (await db.Articles.AsNoTracking()
            .Where(a => resultIds.Contains(a.Id) && a.PublishedVersionNumber != null).Select(a => a.Id)
            .ToListAsync(ct)).ToHashSet();
        return decisions.ToDictionary(d => d.Id, d =>
        {
            var result = d.DecidedOn is not null && d.ResultArticleId is { } a && publicResults.Contains(a) ? a : (int?)null;
            var report = reports.TryGetValue(d.Id, out var r) ? r : ((int Id, DateTimeOffset? At)?)null;
            // The newest published fact the line follows: its report, or the recorded decision with a public result.
            var changed = Newest(report?.At ?? DateTimeOffset.UnixEpoch, result is null ? null : d.DecisionRecordedAt);
            return new DecisionFacts(new DecisionProgress(consulted.Contains(d.Id), report is not null, result is not null),
                report?.Id, result, d.DecidedOn, d.DecisionDocumentNumber.Length > 0 ? d.DecisionDocumentNumber : null,
                changed == DateTimeOffset.UnixEpoch ? null : changed);
        });
    }

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);
}
