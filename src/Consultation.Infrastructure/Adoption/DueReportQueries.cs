using Consultation.Core.Calendar;
using Consultation.Infrastructure.Calendar;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Adoption;

/// <summary>
/// Decided consultations whose adoption report is not public yet, most urgent first, for the dashboard. The clock runs
/// from the recorded decision, whether or not anyone has started a report.
/// </summary>
public sealed class DueReportQueries(ConsultationDbContext db, WorkingCalendarProvider calendars,
    IOptions<AdoptionOptions> options)
{
    /// <param name="WorkingDaysLeft">Working days from today to the due day; negative when overdue.</param>
    public sealed record DueReport(int ConsultationId, string Title, DateOnly DecidedOn, DateOnly DueOn,
        int WorkingDaysLeft, string? State);

    public async Task<List<DueReport>> UnpublishedAsync(DateOnly today, CancellationToken ct = default)
    {
        var rows = await (from c in db.Consultations.AsNoTracking()
                          join d in db.Decisions on c.DecisionId equals d.Id
                          where d.DecidedOn != null && c.ReportedAt == null
                          select new
                          {
                              c.Id, c.Title, DecidedOn = d.DecidedOn!.Value,
                              State = db.FeedbackReports.Where(r => r.ConsultationId == c.Id)
                                  .Select(r => r.Workflow.State.ToString()).FirstOrDefault(),
                          }).ToListAsync(ct);
        var calendar = await calendars.GetAsync(ct);
        return rows.Select(r =>
            {
                var due = calendar.AddWorkingDays(r.DecidedOn, options.Value.ReportWorkingDays);
                return new DueReport(r.Id, r.Title, r.DecidedOn, due, Left(calendar, today, due), r.State);
            })
            .OrderBy(r => r.DueOn).ThenBy(r => r.ConsultationId).ToList();
    }

    private static int Left(WorkingCalendar calendar, DateOnly today, DateOnly due) =>
        due >= today ? calendar.WorkingDaysBetween(today, due) : -calendar.WorkingDaysBetween(due, today);
}
