using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Catalog;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Catalog;

/// <summary>Creates and edits catalog entries; the choices offered are the site's own records, never free text.</summary>
public sealed class BackOfficeCatalog(ConsultationDbContext db, TimeProvider clock)
{
    public Task<CatalogEntry?> FindAsync(int id, CancellationToken ct = default) =>
        db.CatalogEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);

    public async Task<int> CreateAsync(CatalogEntryInput input, Actor editor, CancellationToken ct = default)
    {
        await RequireDecisionAsync(input.DecisionId, ct);
        if (await db.CatalogEntries.AnyAsync(e => e.Year == input.Year && e.DecisionId == input.DecisionId, ct))
            throw new DomainException("catalog.duplicate");
        var entry = CatalogEntry.Create(input.Year, input.DecisionId, input.Office ?? "", input.PlannedTiming ?? "", editor);
        Apply(entry, input);
        entry.Revised(editor, clock.GetUtcNow());
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        return entry.Id;
    }

    /// <summary>Saves a new version of the line; the public keeps the approved one until it passes 三审.</summary>
    public Task UpdateAsync(int id, CatalogEntryInput input, Actor editor, CancellationToken ct = default) =>
        db.ChangeAsync(db.CatalogEntries.Where(e => e.Id == id), entry =>
        {
            entry.Describe(input.Office ?? "", input.PlannedTiming ?? "");
            Apply(entry, input);
            entry.Revised(editor, clock.GetUtcNow());
        }, ct);

    /// <summary>Records offered per kind of slot, newest first.</summary>
    public async Task<IReadOnlyDictionary<SiteRecordKind, List<CatalogChoice>>> ChoicesAsync(CancellationToken ct = default)
    {
        var decisions = await db.Decisions.AsNoTracking().OrderByDescending(d => d.Year).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Title, d.Year }).ToListAsync(ct);
        var consultations = await db.Consultations.AsNoTracking().OrderByDescending(c => c.Id)
            .Select(c => new { c.Id, c.Title }).ToListAsync(ct);
        var reports = await (from r in db.FeedbackReports.AsNoTracking()
                             join c in db.Consultations on r.ConsultationId equals c.Id
                             orderby r.Id descending
                             select new { r.Id, c.Title }).ToListAsync(ct);
        var articles = await (from a in db.Articles.AsNoTracking()
                              join v in db.ArticleVersions on a.Id equals v.ArticleId
                              where a.PublishedVersionNumber == v.Number
                              orderby a.Id descending
                              select new { a.Id, v.Title }).Take(500).ToListAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().OrderByDescending(m => m.HeldAt)
            .Select(m => new { m.Id, m.Title, m.HeldAt }).ToListAsync(ct);
        return new Dictionary<SiteRecordKind, List<CatalogChoice>>
        {
            [SiteRecordKind.Decision] = decisions.Select(d => Choice(SiteRecordKind.Decision, d.Id, $"{d.Year} {d.Title}")).ToList(),
            [SiteRecordKind.Consultation] = consultations.Select(c => Choice(SiteRecordKind.Consultation, c.Id, c.Title)).ToList(),
            [SiteRecordKind.FeedbackReport] = reports.Select(r => Choice(SiteRecordKind.FeedbackReport, r.Id, r.Title)).ToList(),
            [SiteRecordKind.Meeting] = meetings.Select(m => Choice(SiteRecordKind.Meeting, m.Id,
                $"{ShanghaiTime.DayOf(m.HeldAt):yyyy-MM-dd} {m.Title}")).ToList(),
            [SiteRecordKind.Article] = articles.Select(a => Choice(SiteRecordKind.Article, a.Id, a.Title)).ToList(),
        };
    }

    private static CatalogChoice Choice(SiteRecordKind kind, int id, string label) =>
        new(new SiteRecord(kind, id).ToString(), label);

    private void Apply(CatalogEntry entry, CatalogEntryInput input)
    {
        foreach (var (slot, choice) in input.Links) entry.Link(slot, choice);
        entry.ChangeStatus(input.Status, input.AdjustmentReason, input.MeetingHeld);
    }

    private async Task RequireDecisionAsync(int decisionId, CancellationToken ct)
    {
        if (!await db.Decisions.AnyAsync(d => d.Id == decisionId, ct)) throw new DomainException("catalog.decision_required");
    }
}
