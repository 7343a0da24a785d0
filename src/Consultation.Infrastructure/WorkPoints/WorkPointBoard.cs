using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.WorkPoints;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.WorkPoints;

/// <summary>The back office of the 政务公开工作要点 board: the rows of a year and their progress reports.</summary>
public sealed class WorkPointBoard(ConsultationDbContext db, TimeProvider clock)
{
    public Task<List<int>> YearsAsync(CancellationToken ct = default) =>
        db.WorkPoints.AsNoTracking().Select(w => w.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);

    public Task<List<WorkPoint>> YearAsync(int year, CancellationToken ct = default) =>
        db.WorkPoints.AsNoTracking().Where(w => w.Year == year).OrderBy(w => w.SortOrder).ThenBy(w => w.Id)
            .ToListAsync(ct);

    public Task<WorkPoint?> FindAsync(int id, CancellationToken ct = default) =>
        db.WorkPoints.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, ct);

    /// <summary>"Today" is the Shanghai calendar day, so an evening report in Jinan is not taken for tomorrow's.</summary>
    public Task ReportProgressAsync(int id, WorkPointStatus status, DateOnly date, string? evidence, string? note,
        Actor editor, CancellationToken ct) =>
        db.ChangeAsync(db.WorkPoints.Where(w => w.Id == id),
            row => row.ReportProgress(status, date, evidence, note, editor, ShanghaiTime.DayOf(clock.GetUtcNow()), clock.GetUtcNow()), ct);
}
