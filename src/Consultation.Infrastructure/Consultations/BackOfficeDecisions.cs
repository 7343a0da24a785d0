using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Consultations;

/// <summary>A decision in the back office: its background (through 三审) and the recorded decision that starts the clock.</summary>
public sealed class BackOfficeDecisions(ConsultationDbContext db, TimeProvider clock)
{
    public sealed record DecisionPage(Decision Decision, IReadOnlyList<PublicConsultation> Consultations,
        IReadOnlyList<ResultChoice> Articles);

    /// <summary>A published article that can carry the decision's result.</summary>
    public sealed record ResultChoice(int Id, string Title);

    public async Task<DecisionPage?> FindAsync(int id, CancellationToken ct = default)
    {
        var decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (decision is null) return null;
        var consultations = await db.Consultations.AsNoTracking().Where(c => c.DecisionId == id).OrderBy(c => c.Id)
            .ToListAsync(ct);
        var articles = await (from a in db.Articles.AsNoTracking()
                              join v in db.ArticleVersions on a.Id equals v.ArticleId
                              where a.PublishedVersionNumber == v.Number
                              orderby a.Id descending
                              select new ResultChoice(a.Id, v.Title)).Take(200).ToListAsync(ct);
        return new DecisionPage(decision, consultations, articles);
    }

    public Task ReviseBackgroundAsync(int id, string? background, Actor editor, CancellationToken ct) =>
        db.ChangeAsync(db.Decisions.Where(d => d.Id == id),
            d => d.ReviseBackground(background ?? "", editor, clock.GetUtcNow()), ct);

    /// <summary>Records the decision; refused before its consultations have closed or after a report was published.</summary>
    public async Task RecordAsync(int id, DateOnly decidedOn, string? documentNumber, Actor editor, CancellationToken ct)
    {
        var consultations = await db.Consultations.AsNoTracking().Where(c => c.DecisionId == id).ToListAsync(ct);
        await db.ChangeAsync(db.Decisions.Where(d => d.Id == id),
            d => d.RecordDecision(decidedOn, documentNumber, consultations, editor, clock.GetUtcNow()), ct);
    }

    /// <summary>Names the published article carrying the decision's result; the catalog line then shows 已决策.</summary>
    public async Task LinkResultAsync(int id, int articleId, Actor editor, CancellationToken ct)
    {
        if (!await db.Articles.AnyAsync(a => a.Id == articleId && a.PublishedVersionNumber != null, ct))
            throw new DomainException("decision.result_required");
        await db.ChangeAsync(db.Decisions.Where(d => d.Id == id),
            d => d.LinkResult(articleId, editor, clock.GetUtcNow()), ct);
    }
}
