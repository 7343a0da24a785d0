using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Adoption;
using Consultation.Infrastructure.Calendar;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Adoption;

/// <summary>
/// Creates and moves adoption reports. The due date is the configured number of working days after the decision,
/// counted on the editable holiday calendar; publishing the report marks the consultation 已反馈.
/// </summary>
public sealed class FeedbackReportService(
    ConsultationDbContext db,
    WorkingCalendarProvider calendars,
    IOptions<AdoptionOptions> options,
    TimeProvider clock)
{
    public async Task<DateOnly> DueDateForAsync(DateOnly decidedOn, CancellationToken ct = default) =>
        (await calendars.GetAsync(ct)).AddWorkingDays(decidedOn, options.Value.ReportWorkingDays);

    public async Task<FeedbackReport> SaveAsync(int consultationId, DateOnly decidedOn, string? introduction,
        string? finalText, Actor editor, CancellationToken ct = default)
    {
        var consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == consultationId, ct)
                           ?? throw new ItemNotFoundException();
        consultation.RequireClosed(clock.GetUtcNow());
        var due = await DueDateForAsync(decidedOn, ct);
        var report = await db.FeedbackReports.SingleOrDefaultAsync(r => r.ConsultationId == consultationId, ct);
        if (report is null)
        {
            report = FeedbackReport.Create(consultationId, decidedOn, due, editor);
            db.FeedbackReports.Add(report);
        }
        report.Edit(decidedOn, due, introduction ?? "", finalText ?? "", editor);
        await db.SaveChangesAsync(ct);
        return report;
    }

}
