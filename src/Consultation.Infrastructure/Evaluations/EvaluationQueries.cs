using Consultation.Core.Evaluations;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Evaluations;

/// <summary>Reads of policy evaluations for the public pages and the dashboard; the duty rule lives on <see cref="EvaluationYear"/>.</summary>
public sealed class EvaluationQueries(ConsultationDbContext db, IOptions<EvaluationOptions> options)
{
    public int Minimum => options.Value.MinimumPerYear;

    /// <summary>The year's published evaluations, newest publication first (the yearly download).</summary>
    public async Task<List<EvaluationRow>> PublishedAsync(int year, CancellationToken ct = default) =>
        await WithPolicyTitles(await db.Evaluations.AsNoTracking().Where(e => e.Year == year && e.PublishedAt != null)
            .OrderByDescending(e => e.PublishedOn).ThenByDescending(e => e.Id).ToListAsync(ct), ct);

    /// <summary>
    /// One page of the year's published evaluations, newest publication first, keyset-paged by (publication time, id)
    /// — the same order as by publication day, with the time breaking ties within a day.
    /// </summary>
    public async Task<KeysetPage<EvaluationRow>> PublishedPageAsync(int year, string? cursor, int size,
        CancellationToken ct = default)
    {
        var page = await Keyset.PageAsync(db.Evaluations.AsNoTracking().Where(e => e.Year == year && e.PublishedAt != null),
            e => e.PublishedAt, e => e.Id, cursor, size, ct);
        return page.With<EvaluationRow>(await WithPolicyTitles([.. page.Items], ct));
    }

    /// <summary>How many evaluations of the year are published, for the count against the yearly minimum.</summary>
    public Task<int> PublishedCountAsync(int year, CancellationToken ct = default) =>
        db.Evaluations.AsNoTracking().CountAsync(e => e.Year == year && e.PublishedAt != null, ct);

    /// <summary>The published evaluations of one policy document, for its public page.</summary>
    public Task<List<Evaluation>> PublishedForPolicyAsync(int policyId, CancellationToken ct = default) =>
        db.Evaluations.AsNoTracking().Where(e => e.PolicyDocumentId == policyId && e.PublishedAt != null)
            .OrderByDescending(e => e.PublishedOn).ThenByDescending(e => e.Id).ToListAsync(ct);

    public async Task<EvaluationRow?> PublishedOneAsync(int id, CancellationToken ct = default) =>
        (await WithPolicyTitles(await db.Evaluations.AsNoTracking().Where(e => e.Id == id && e.PublishedAt != null)
            .ToListAsync(ct), ct)).SingleOrDefault();

    /// <summary>Every evaluation, drafts included, newest first, for the back office.</summary>
    public async Task<List<EvaluationRow>> AllAsync(CancellationToken ct = default) =>
        await WithPolicyTitles(await db.Evaluations.AsNoTracking().OrderByDescending(e => e.Year).ThenByDescending(e => e.Id)
            .ToListAsync(ct), ct);

    public async Task<EvaluationRow?> FindAsync(int id, CancellationToken ct = default) =>
        (await WithPolicyTitles(await db.Evaluations.AsNoTracking().Where(e => e.Id == id).ToListAsync(ct), ct))
        .SingleOrDefault();

    /// <summary>Years with published evaluations plus <paramref name="current"/>, newest first.</summary>
    public async Task<List<int>> YearsAsync(int current, CancellationToken ct = default)
    {
        var years = await db.Evaluations.AsNoTracking().Where(e => e.PublishedAt != null).Select(e => e.Year)
            .Distinct().ToListAsync(ct);
        return years.Append(current).Distinct().OrderDescending().ToList();
    }

    /// <summary>The year's duty judged on <paramref name="today"/> against the configured minimum and due date.</summary>
    public async Task<EvaluationYear> DutyAsync(int year, DateOnly today, CancellationToken ct = default)
    {
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => e.Year == year && e.PublishedAt != null)
            .ToListAsync(ct);
        return EvaluationYear.Of(year, evaluations, Minimum, options.Value.DueOn(year), today);
    }

    private async Task<List<EvaluationRow>> WithPolicyTitles(List<Evaluation> evaluations, CancellationToken ct)
    {
        var ids = evaluations.Where(e => e.PolicyDocumentId is not null).Select(e => e.PolicyDocumentId!.Value)
            .Distinct().ToList();
        var titles = await db.PolicyDocuments.AsNoTracking().Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        return evaluations.Select(e => new EvaluationRow(e,
            e.PolicyDocumentId is { } id ? titles.GetValueOrDefault(id, "") : e.PolicyTitle)).ToList();
    }
}
