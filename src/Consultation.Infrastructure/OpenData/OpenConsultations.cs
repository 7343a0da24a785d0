using Consultation.Core.Consultations;
using Consultation.Infrastructure.Audit;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.OpenData;

/// <summary>Published consultations as the public page shows them: the frozen draft split into clauses, the approved 起草说明 and interpretations.</summary>
public sealed class OpenConsultations(ConsultationDbContext db, PublicationTimes times, TimeProvider clock)
{
    public sealed record Record(long Id, string Slug, string Title, int DecisionId, DateTimeOffset OpensAt,
        DateTimeOffset ClosesAt, ConsultationStatus Status, DateTimeOffset UpdatedAt, string Url,
        string ExplanationMarkdown, IReadOnlyList<ClauseRecord> Clauses, IReadOnlyList<InterpretationRecord> Interpretations);

    public sealed record ClauseRecord(int Number, string Anchor, string Label, string Text);

    public sealed record InterpretationRecord(long Id, InterpretationForm Form, string Title, string BodyMarkdown);

    public async Task<OpenDataPage<Record>> PageAsync(long after, int limit, CancellationToken ct = default)
    {
        var rows = await db.Consultations.AsNoTracking().Include(c => c.Interpretations)
            .Where(c => c.PublishedAt != null && c.Id > after).OrderBy(c => c.Id).Take(limit + 1).ToListAsync(ct);
        var published = await times.LastPublishedAsync("consultation", rows.Select(c => (long)c.Id).ToList(), ct);
        var now = clock.GetUtcNow();
        var records = rows.Select(c => new Record(c.Id, c.Slug, c.Title, c.DecisionId, c.Window.OpensAt, c.Window.ClosesAt,
            ConsultationStatusRule.Of(c.Window.OpensAt, c.Window.ClosesAt, c.ReportedAt, now),
            PublicationTimes.Latest(published, c.Id, c.PublishedAt!.Value), $"/consultations/{c.Slug}",
            c.PublishedExplanationMarkdown,
            c.Clauses.Select(k => new ClauseRecord(k.Number, k.Anchor, k.Label, k.Text)).ToList(),
            c.PublicInterpretations.Select(i => new InterpretationRecord(i.Id, i.Form, i.Title, i.BodyMarkdown)).ToList()))
            .ToList();
        return OpenDataPage<Record>.From(records, limit, r => r.Id);
    }
}
