using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Evaluations;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Evaluations;

/// <summary>Back-office changes to evaluations: each call loads one evaluation, calls one entity verb and saves.</summary>
public sealed class BackOfficeEvaluations(ConsultationDbContext db)
{
    public sealed record PolicyChoice(int Id, string Title, string DocumentNumber);

    /// <summary>Only published policy documents can be linked: an evaluation never points at an unpublished draft.</summary>
    public Task<List<PolicyChoice>> PolicyChoicesAsync(CancellationToken ct = default) =>
        db.PolicyDocuments.AsNoTracking().Where(p => p.PublishedAt != null).OrderByDescending(p => p.Id)
            .Select(p => new PolicyChoice(p.Id, p.Title, p.DocumentNumber)).ToListAsync(ct);

    public async Task<int> CreateAsync(EvaluationDetails details, Actor editor, CancellationToken ct)
    {
        await RequirePublishedPolicyAsync(details.PolicyDocumentId, ct);
        var evaluation = Evaluation.Create(details, editor);
        db.Evaluations.Add(evaluation);
        await db.SaveChangesAsync(ct);
        return evaluation.Id;
    }

    public async Task EditAsync(int id, EvaluationDetails details, Actor editor, CancellationToken ct)
    {
        await RequirePublishedPolicyAsync(details.PolicyDocumentId, ct);
        await db.ChangeAsync(db.Evaluations.Where(e => e.Id == id), e => e.Edit(details, editor), ct);
    }

    private async Task RequirePublishedPolicyAsync(int? policyId, CancellationToken ct)
    {
        if (policyId is not { } id) return;
        if (!await db.PolicyDocuments.AnyAsync(p => p.Id == id && p.PublishedAt != null, ct))
            throw new DomainException("evaluation.policy_unknown");
    }
}
