using Consultation.Core.Responses;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Responses;

/// <summary>Reads of response notices with the item each concerns and its response time against the target.</summary>
public sealed class ResponseQueries(ConsultationDbContext db, IOptions<ResponseRules> rules, TimeProvider clock)
{
    public ResponseRules Rules => rules.Value;

    /// <summary>One page of published notices, newest publication first, keyset-paged by (publication time, id).</summary>
    public async Task<KeysetPage<ResponseRow>> PublishedPageAsync(string? cursor, int size, CancellationToken ct = default)
    {
        var page = await Keyset.PageAsync(db.ResponseNotices.AsNoTracking().Where(r => r.PublishedAt != null),
            r => r.PublishedAt, r => r.Id, cursor, size, ct);
        return page.With<ResponseRow>(await RowsAsync([.. page.Items], ct));
    }

    public async Task<ResponseRow?> PublishedOneAsync(int id, CancellationToken ct = default) =>
        (await RowsAsync(await db.ResponseNotices.AsNoTracking().Where(r => r.Id == id && r.PublishedAt != null)
            .ToListAsync(ct), ct)).SingleOrDefault();

    /// <summary>Every notice, drafts first (they are the ones still waited on), then the newest.</summary>
    public async Task<List<ResponseRow>> AllAsync(CancellationToken ct = default) =>
        await RowsAsync(await db.ResponseNotices.AsNoTracking().OrderBy(r => r.PublishedAt != null)
            .ThenByDescending(r => r.Id).ToListAsync(ct), ct);

    public async Task<ResponseRow?> FindAsync(int id, CancellationToken ct = default) =>
        (await RowsAsync(await db.ResponseNotices.AsNoTracking().Where(r => r.Id == id).ToListAsync(ct), ct))
        .SingleOrDefault();

    /// <summary>The public policies, consultations and articles a response can be linked to, newest first.</summary>
    public async Task<List<ConcernSubject>> SubjectChoicesAsync(CancellationToken ct = default)
    {
        var policies = await db.PolicyDocuments.AsNoTracking().Where(p => p.PublishedAt != null)
            .OrderByDescending(p => p.PublishedAt).Select(p => new { p.Id, p.Title }).ToListAsync(ct);
        var consultations = await db.Consultations.AsNoTracking().Where(c => c.PublishedAt != null)
            .OrderByDescending(c => c.PublishedAt).Select(c => new { c.Id, c.Title, c.Slug }).ToListAsync(ct);
        var articles = await db.Articles.AsNoTracking().Where(a => a.PublishedVersionNumber != null)
            .OrderByDescending(a => a.PublishedAt).Select(a => new { a.Id, Title = a.PublishedTitle! }).ToListAsync(ct);
        return
        [
            .. policies.Select(p => new ConcernSubject(ConcernSubjectKind.Policy, p.Id, p.Title, $"/policies/{p.Id}")),
            .. consultations.Select(c => new ConcernSubject(ConcernSubjectKind.Consultation, c.Id, c.Title, $"/consultations/{c.Slug}")),
            .. articles.Select(a => new ConcernSubject(ConcernSubjectKind.Article, a.Id, a.Title, $"/articles/{a.Id}")),
        ];
    }

    /// <summary>The item a response concerns, when it is public.</summary>
    public async Task<ConcernSubject?> SubjectAsync(ConcernSubjectKind kind, int id, CancellationToken ct = default) =>
        (await SubjectsAsync([(kind, id)], ct)).GetValueOrDefault((kind, id));

    /// <summary>The rows with their subjects read in one query per kind, never one per notice.</summary>
    private async Task<List<ResponseRow>> RowsAsync(List<ResponseNotice> notices, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var subjects = await SubjectsAsync([.. notices.Select(n => (n.SubjectKind, n.SubjectId))], ct);
        return notices.Select(n => new ResponseRow(n, subjects.GetValueOrDefault((n.SubjectKind, n.SubjectId)),
            n.TimingAt(now, rules.Value))).ToList();
    }

    /// <summary>Which of <paramref name="keys"/> are public, with title and address: one query per kind.</summary>
    private async Task<Dictionary<(ConcernSubjectKind, int), ConcernSubject>> SubjectsAsync(
        IReadOnlyCollection<(ConcernSubjectKind Kind, int Id)> keys, CancellationToken ct)
    {
        List<int> Ids(ConcernSubjectKind kind) => keys.Where(k => k.Kind == kind).Select(k => k.Id).Distinct().ToList();
        var (policyIds, consultationIds, articleIds) =
            (Ids(ConcernSubjectKind.Policy), Ids(ConcernSubjectKind.Consultation), Ids(ConcernSubjectKind.Article));
        var found = new List<ConcernSubject>();
        found.AddRange(await db.PolicyDocuments.AsNoTracking().Where(p => policyIds.Contains(p.Id) && p.PublishedAt != null)
            .Select(p => new ConcernSubject(ConcernSubjectKind.Policy, p.Id, p.Title, "/policies/" + p.Id)).ToListAsync(ct));
        found.AddRange(await db.Consultations.AsNoTracking()
            .Where(c => consultationIds.Contains(c.Id) && c.PublishedAt != null)
            .Select(c => new ConcernSubject(ConcernSubjectKind.Consultation, c.Id, c.Title, "/consultations/" + c.Slug))
            .ToListAsync(ct));
        found.AddRange(await db.Articles.AsNoTracking()
            .Where(a => articleIds.Contains(a.Id) && a.PublishedVersionNumber != null)
            .Select(a => new ConcernSubject(ConcernSubjectKind.Article, a.Id, a.PublishedTitle!, "/articles/" + a.Id))
            .ToListAsync(ct));
        return found.ToDictionary(s => (s.Kind, s.Id));
    }
}
