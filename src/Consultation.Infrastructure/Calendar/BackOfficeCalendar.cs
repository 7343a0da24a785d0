using Consultation.Core;
using Consultation.Core.Calendar;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Calendar;

/// <summary>
/// Editing the holiday calendar: a year's notice is added in one go (or replaces the year when asked), a single day
/// can be removed. Every change forgets the cached <see cref="WorkingCalendar"/> so clocks use it at once.
/// </summary>
public sealed class BackOfficeCalendar(ConsultationDbContext db, WorkingCalendarProvider provider)
{
    public async Task<IReadOnlyList<CalendarDay>> YearAsync(int year, CancellationToken ct = default)
    {
        var (first, last) = Bounds(year);
        return await db.CalendarDays.AsNoTracking().Where(d => d.Date >= first && d.Date <= last)
            .OrderBy(d => d.Date).ToListAsync(ct);
    }

    /// <summary>Stores a parsed notice. A year that already has days is refused unless <paramref name="replace"/> is set.</summary>
    public async Task AddNoticeAsync(HolidayNotice notice, bool replace, CancellationToken ct = default)
    {
        if (!notice.IsValid) throw new InvalidOperationException("A notice with problems cannot be stored.");
        var (first, last) = Bounds(notice.Year);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existing = db.CalendarDays.Where(d => d.Date >= first && d.Date <= last);
        if (await existing.AnyAsync(ct))
        {
            if (!replace) throw new DomainException("calendar.year_exists", notice.Year);
            await existing.ExecuteDeleteAsync(ct);
        }
        db.CalendarDays.AddRange(notice.Days);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone stored the same year between our check and our insert: same answer as the check.
            foreach (var day in notice.Days) db.Entry(day).State = EntityState.Detached;
            throw new DomainException("calendar.year_exists", notice.Year);
        }
        await transaction.CommitAsync(ct);
        provider.Invalidate();
    }

    /// <summary>Removes one day; answers its date, or null when there was no such day.</summary>
    public async Task<DateOnly?> DeleteAsync(int id, CancellationToken ct = default)
    {
        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Id == id, ct);
        if (day is null) return null;
        db.CalendarDays.Remove(day);
        await db.SaveChangesAsync(ct);
        provider.Invalidate();
        return day.Date;
    }

    private static (DateOnly First, DateOnly Last) Bounds(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}
