using Consultation.Core;
using Consultation.Core.Disclosure;
using Consultation.Infrastructure.Calendar;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Disclosure;

/// <summary>Reads of disclosure requests with their deadlines, for the back office, the dashboard and the annual tables.</summary>
public sealed class DisclosureQueries(ConsultationDbContext db, WorkingCalendarProvider calendars,
    IOptions<DisclosureRules> rules, TimeProvider clock)
{
    public DisclosureRules Rules => rules.Value;

    public DateOnly Today => ShanghaiTime.DayOf(clock.GetUtcNow());

    /// <summary>Requests not yet closed, fewest working days left first; those waiting for a correction come last.</summary>
    public async Task<List<DisclosureRow>> OpenAsync(CancellationToken ct = default)
    {
        var open = await db.DisclosureRequests.AsNoTracking().Where(r => r.ClosedOn == null).ToListAsync(ct);
        var rows = await RowsAsync(open, ct);
        return rows.OrderBy(r => r.Deadline.WorkingDaysLeft ?? int.MaxValue).ThenBy(r => r.Request.Id).ToList();
    }

    /// <summary>Every request of a year (by received date), newest first.</summary>
    public async Task<List<DisclosureRow>> YearAsync(int year, CancellationToken ct = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var requests = await db.DisclosureRequests.AsNoTracking()
            .Where(r => r.ReceivedOn >= from && r.ReceivedOn <= to).OrderByDescending(r => r.Id).ToListAsync(ct);
        return await RowsAsync(requests, ct);
    }

    public async Task<DisclosureRow?> FindAsync(int id, CancellationToken ct = default)
    {
        var request = await db.DisclosureRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        return request is null ? null : (await RowsAsync([request], ct))[0];
    }

    /// <summary>The deadline of a request found elsewhere (the public status page).</summary>
    public async Task<DisclosureRow> RowOfAsync(DisclosureRequest request, CancellationToken ct = default) =>
        (await RowsAsync([request], ct))[0];

    /// <summary>Table 三 of the year's annual report, counted from every request that touches the year.</summary>
    public async Task<AnnualStatistics> AnnualAsync(int year, CancellationToken ct = default)
    {
        var end = new DateOnly(year, 12, 31);
        var start = new DateOnly(year, 1, 1);
        var requests = await db.DisclosureRequests.AsNoTracking()
            .Where(r => r.ReceivedOn <= end && (r.ClosedOn == null || r.ClosedOn >= start)).ToListAsync(ct);
        return AnnualStatistics.Of(year, requests);
    }

    /// <summary>Table 四 as entered for the year, or all zeros.</summary>
    public async Task<AppealFigures> AppealsAsync(int year, CancellationToken ct = default) =>
        await db.AppealFigures.AsNoTracking().SingleOrDefaultAsync(f => f.Year == year, ct) ?? AppealFigures.Empty(year);

    private async Task<List<DisclosureRow>> RowsAsync(IEnumerable<DisclosureRequest> requests, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var today = Today;
        return requests.Select(r => new DisclosureRow(r, r.DeadlineOn(today, calendar, rules.Value))).ToList();
    }
}
