using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Consultations;
using Consultation.Core.Policies;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Policies;

/// <summary>Back office and public reads of policy documents; the 三同步 rule itself lives on <see cref="PolicyDocument"/>.</summary>
public sealed class PolicyDocuments(ConsultationDbContext db)
{
    public Task<PolicyDocument?> PublishedAsync(int id, CancellationToken ct = default) =>
        db.PolicyDocuments.AsNoTracking().Include(p => p.Interpretations)
            .SingleOrDefaultAsync(p => p.Id == id && p.PublishedAt != null, ct);

    /// <summary>
    /// One page of the public list, newest publication first, keyset-paged by (publication time, id) through
    /// <paramref name="cursor"/>, with interpretations so each row can show its forms.
    /// </summary>
    public Task<KeysetPage<PolicyDocument>> PublishedPageAsync(string? cursor, int size, CancellationToken ct = default) =>
        Keyset.PageAsync(db.PolicyDocuments.AsNoTracking().Include(p => p.Interpretations).Where(p => p.PublishedAt != null),
            p => p.PublishedAt, p => p.Id, cursor, size, ct);

    /// <summary>Every published policy, newest publication first, with interpretations (the yearly download).</summary>
    public Task<List<PolicyDocument>> PublishedListAsync(CancellationToken ct = default) =>
        db.PolicyDocuments.AsNoTracking().Include(p => p.Interpretations).Where(p => p.PublishedAt != null)
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).ToListAsync(ct);

    public Task<PolicyDocument?> FindAsync(int id, CancellationToken ct = default) =>
        db.PolicyDocuments.AsNoTracking().Include(p => p.Interpretations).SingleOrDefaultAsync(p => p.Id == id, ct);

    public Task<List<PolicyDocument>> AllAsync(CancellationToken ct = default) =>
        db.PolicyDocuments.AsNoTracking().Include(p => p.Interpretations).OrderByDescending(p => p.Id).ToListAsync(ct);

    public async Task<int> CreateAsync(string? title, string? number, string? body, Actor editor, CancellationToken ct)
    {
        var policy = PolicyDocument.Create(title ?? "", number ?? "", body ?? "", editor);
        db.PolicyDocuments.Add(policy);
        await db.SaveChangesAsync(ct);
        return policy.Id;
    }

    public Task AddInterpretationAsync(int id, InterpretationForm form, string? title, string? body, Actor editor,
        CancellationToken ct) => db.ChangeAsync(db.PolicyDocuments.Include(p => p.Interpretations).Where(p => p.Id == id),
        p => p.AddInterpretation(form, title ?? "", body ?? "", editor), ct);

}
