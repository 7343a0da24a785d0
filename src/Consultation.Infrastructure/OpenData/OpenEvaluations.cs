using Consultation.Core.Evaluations;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.OpenData;

/// <summary>Published policy evaluations (政策评估).</summary>
public sealed class OpenEvaluations(ConsultationDbContext db)
{
    public sealed record Record(long Id, int Year, string Title, int? PolicyDocumentId, string PolicyTitle,
        EvaluationMethod Method, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly? PublishedOn, DateTimeOffset UpdatedAt,
        string Url, string ResultMarkdown);

    public async Task<OpenDataPage<Record>> PageAsync(long after, int limit, CancellationToken ct = default)
    {
        var rows = await db.Evaluations.AsNoTracking().Where(e => e.PublishedAt != null && e.Id > after)
            .OrderBy(e => e.Id).Take(limit + 1).ToListAsync(ct);
        var records = rows.Select(e => new Record(e.Id, e.Year, e.Title, e.PolicyDocumentId, e.PolicyTitle, e.Method,
            e.PeriodStart, e.PeriodEnd, e.PublishedOn, e.PublishedAt!.Value, $"/evaluations/{e.Id}", e.ResultMarkdown)).ToList();
        return OpenDataPage<Record>.From(records, limit, r => r.Id);
    }
}
