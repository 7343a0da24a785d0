using Consultation.Core.Accounts;
using Consultation.Core.Catalog;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Core.Review;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Consultations;

/// <summary>
/// The consultation back office: the list, one draft, and the editor's changes, each one entity verb saved. 三审 moves
/// are the review slice's (<see cref="ConsultationReview"/>).
/// </summary>
public sealed class BackOfficeConsultations(ConsultationDbContext db, IOptions<ConsultationRules> rules,
    TimeProvider clock)
{
    public sealed record ConsultationRow(int Id, string Title, string Slug, string DecisionTitle, ConsultationStatus Status,
        ReviewState State, bool IsPublished, IReadOnlyDictionary<CommentStatus, int> Counts);

    public async Task<List<ConsultationRow>> ListAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var consultations = await db.Consultations.AsNoTracking().OrderByDescending(c => c.Id).Take(500).ToListAsync(ct);
        var ids = consultations.Select(c => c.Id).ToList();
        var decisionIds = consultations.Select(c => c.DecisionId).Distinct().ToList();
        var decisions = await db.Decisions.AsNoTracking().Where(d => decisionIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Title, ct);
        // The kept counts (a few rows per draft), not a GROUP BY over every comment of every listed draft.
        var counts = await db.CommentTallies.AsNoTracking().Where(t => ids.Contains(t.ConsultationId))
            .GroupBy(t => new { t.ConsultationId, t.Status })
            .Select(g => new { g.Key.ConsultationId, g.Key.Status, Count = g.Sum(t => t.Count) }).ToListAsync(ct);
        return consultations.Select(c => new ConsultationRow(c.Id, c.Title, c.Slug,
            decisions.GetValueOrDefault(c.DecisionId, ""), c.StatusAt(now), c.Workflow.State, c.IsPublished,
            counts.Where(x => x.ConsultationId == c.Id).ToDictionary(x => x.Status, x => x.Count))).ToList();
    }

    public Task<List<Decision>> DecisionsAsync(CancellationToken ct = default) =>
        db.Decisions.AsNoTracking().OrderByDescending(d => d.Year).ThenBy(d => d.Title).ToListAsync(ct);

    public Task<PublicConsultation?> FindAsync(int id, CancellationToken ct = default) =>
        Including(db.Consultations.AsNoTracking()).SingleOrDefaultAsync(c => c.Id == id, ct);

    public Task<Decision> DecisionOfAsync(PublicConsultation consultation, CancellationToken ct = default) =>
        db.Decisions.AsNoTracking().SingleAsync(d => d.Id == consultation.DecisionId, ct);

    public Task<bool> SlugTakenAsync(string slug, CancellationToken ct = default) =>
        db.Consultations.AnyAsync(c => c.Slug == slug, ct);

    /// <summary>The next free 网址标识 of the year, e.g. <c>2026-003</c>.</summary>
    public async Task<string> SuggestSlugAsync(int year, CancellationToken ct = default)
    {
        var prefix = year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-";
        return SlugSuggestion.Next(year, await db.Consultations.AsNoTracking().Where(c => c.Slug.StartsWith(prefix))
            .Select(c => c.Slug).ToListAsync(ct));
    }

    public Task<bool> DecisionExistsAsync(int decisionId, CancellationToken ct = default) =>
        db.Decisions.AnyAsync(d => d.Id == decisionId, ct);

    /// <summary>
    /// Stores a new draft and, when <paramref name="newDecision"/> is given, its decision first, in one transaction:
    /// a refused draft leaves no orphan decision. <paramref name="create"/> builds the draft for the decision's id.
    /// A new decision ticked 列入目录 gets its catalog line in the same transaction, submitted for 三审.
    /// </summary>
    public async Task<int> CreateAsync(Decision? newDecision, int decisionId, Func<int, PublicConsultation> create,
        Actor editor, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (newDecision is not null)
        {
            db.Decisions.Add(newDecision);
            await db.SaveChangesAsync(ct);
        }
        var consultation = create(newDecision?.Id ?? decisionId);
        db.Consultations.Add(consultation);
        await db.SaveChangesAsync(ct);
        if (newDecision is { InCatalog: true })
        {
            db.CatalogEntries.Add(CatalogEntry.ForDecision(newDecision.Year, newDecision.Id, newDecision.Department,
                consultation.Id, editor, clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return consultation.Id;
    }

    /// <summary>Saves a new revision; the decision and slug stay as created, since comments and links point at them.</summary>
    public Task EditAsync(int id, string title, string draft, string explanation, ConsultationWindow window,
        ModerationMode moderation, Actor editor, CancellationToken ct) =>
        ChangeAsync(id, c => c.Edit(title, draft, explanation, window, moderation, editor), ct);

    public Task AddInterpretationAsync(int id, InterpretationForm form, string? title, string? body, Actor editor,
        CancellationToken ct) =>
        ChangeAsync(id, c => c.AddInterpretation(form, title ?? "", body ?? "", editor, clock.GetUtcNow()), ct);

    public Task ReviseExplanationAsync(int id, string? explanation, Actor editor, CancellationToken ct) =>
        ChangeAsync(id, c => c.ReviseExplanation(explanation ?? "", editor, clock.GetUtcNow()), ct);

    public Task ExtendAsync(int id, DateTimeOffset newClosesAt, string? reason, Actor editor, CancellationToken ct) =>
        ChangeAsync(id, c => c.Extend(newClosesAt, reason, editor, clock.GetUtcNow(), rules.Value), ct);

    public Task ChangeModerationAsync(int id, ModerationMode mode, Actor editor, CancellationToken ct) =>
        ChangeAsync(id, c => c.ChangeModeration(mode, editor), ct);

    private Task ChangeAsync(int id, Action<PublicConsultation> change, CancellationToken ct) =>
        db.ChangeAsync(Including(db.Consultations).Where(c => c.Id == id), change, ct);

    private static IQueryable<PublicConsultation> Including(IQueryable<PublicConsultation> consultations) =>
        consultations.Include(c => c.Interpretations).Include(c => c.Extensions);
}
