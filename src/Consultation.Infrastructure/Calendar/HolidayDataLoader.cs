using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Calendar;

/// <summary>
/// Loads the official holidays and make-up working days (holidays-2023-2026.json) on a start with an empty calendar
/// table. Reference data, so it runs in every mode, not only with demo data; later years are added in the back office.
/// </summary>
public sealed class HolidayDataLoader(ConsultationDbContext db)
{
    public async Task LoadIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.CalendarDays.AnyAsync(ct)) return;
        var days = SeedFiles.Holidays().SelectMany(year => year.ToDays()).ToList();
        db.CalendarDays.AddRange(days);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node starting at the same moment loaded them first (the dates are unique): nothing left to do.
            foreach (var day in days) db.Entry(day).State = EntityState.Detached;
            if (!await db.CalendarDays.AnyAsync(ct)) throw;
        }
    }
}
