using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Adoption;

/// <summary>Unpublished adoption reports, most urgent first, for the back-office dashboard.</summary>
public sealed class DueReportQueries(ConsultationDbContext db)
{
    public sealed record DueReport(int ConsultationId, string Title, DateOnly DecidedOn, DateOnly DueOn, string State);

    public Task<List<DueReport>> UnpublishedAsync(CancellationToken ct = default) =>
        (from r in db.FeedbackReports.AsNoTracking()
         join c in db.Consultations on r.ConsultationId equals c.Id
         where r.PublishedAt == null
         orderby r.DueOn, c.Id
         select new DueReport(c.Id, c.Title, r.DecidedOn, r.DueOn, r.Workflow.State.ToString()))
        .ToListAsync(ct);
}
