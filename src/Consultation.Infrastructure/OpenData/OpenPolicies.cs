using Consultation.Core.Consultations;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.OpenData;

/// <summary>Published policy documents with their interpretations (政策解读), as the public pages show them.</summary>
public sealed class OpenPolicies(ConsultationDbContext db)
{
    public sealed record Record(long Id, string Title, string DocumentNumber, DateTimeOffset UpdatedAt, string Url,
        string BodyMarkdown, IReadOnlyList<InterpretationRecord> Interpretations);

    public sealed record InterpretationRecord(long Id, InterpretationForm Form, string Title, string BodyMarkdown, string Url);

    public async Task<OpenDataPage<Record>> PageAsync(long after, int limit, CancellationToken ct = default)
    {
        var rows = await db.PolicyDocuments.AsNoTracking().Include(p => p.Interpretations)
            .Where(p => p.PublishedAt != null && p.Id > after).OrderBy(p => p.Id).Take(limit + 1).ToListAsync(ct);
        var records = rows.Select(p => new Record(p.Id, p.Title, p.DocumentNumber, p.PublishedAt!.Value, $"/policies/{p.Id}",
            p.BodyMarkdown, p.Interpretations.OrderBy(i => i.Id)
                .Select(i => new InterpretationRecord(i.Id, i.Form, i.Title, i.BodyMarkdown, $"/policies/{p.Id}/interpretations/{i.Id}"))
                .ToList())).ToList();
        return OpenDataPage<Record>.From(records, limit, r => r.Id);
    }
}
