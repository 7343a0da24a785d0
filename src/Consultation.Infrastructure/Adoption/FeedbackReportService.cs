using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Adoption;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Calendar;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Adoption;

/// <summary>
/// Writes adoption reports and opens corrections. The due date is never stored: it is the configured number of working
/// days after the decision's recorded date, counted on the holiday calendar as it stands, so a calendar correction moves
/// every open due date with it.
/// </summary>
public sealed class FeedbackReportService(
    ConsultationDbContext db,
    WorkingCalendarProvider calendars,
    IOptions<AdoptionOptions> options,
    TimeProvider clock)
{
    /// <summary>The day the report must be public by, or null while the decision is not recorded.</summary>
    public async Task<DateOnly?> DueOnAsync(Decision decision, CancellationToken ct = default) =>
        decision.DecidedOn is { } decided
            ? (await calendars.GetAsync(ct)).AddWorkingDays(decided, options.Value.ReportWorkingDays)
            : null;

    public async Task<FeedbackReport> SaveAsync(int consultationId, string? introduction, string? finalText, Actor editor,
        CancellationToken ct = default)
    {
        var report = await db.FeedbackReports.SingleOrDefaultAsync(r => r.ConsultationId == consultationId, ct);
        if (report is null)
        {
            var consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == consultationId, ct)
                               ?? throw new ItemNotFoundException();
            report = FeedbackReport.For(consultation, editor, clock.GetUtcNow());
            db.FeedbackReports.Add(report);
        }
        report.Edit(introduction ?? "", finalText ?? "", editor);
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>Opens a correction of a published report with its public 更正说明.</summary>
    public Task BeginCorrectionAsync(int consultationId, string? note, Actor editor, CancellationToken ct) =>
        db.ChangeAsync(db.FeedbackReports.Where(r => r.ConsultationId == consultationId),
            r => r.BeginCorrection(note, editor, clock.GetUtcNow()), ct);
}
