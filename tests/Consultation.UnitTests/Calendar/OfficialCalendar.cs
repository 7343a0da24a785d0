using System.Globalization;
using Consultation.Core.Calendar;
using Consultation.Infrastructure.Seeding;

namespace Consultation.UnitTests.Calendar;

/// <summary>The calendar as the site loads it: every day of the embedded holidays-2023-2026.json.</summary>
internal static class OfficialCalendar
{
    public static readonly IReadOnlyList<CalendarDay> Days = [.. SeedFiles.Holidays().SelectMany(y => y.ToDays())];

    public static readonly WorkingCalendar Official = new(Days);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static IEnumerable<DateOnly> Range(string from, string to)
    {
        for (var day = Date(from); day <= Date(to); day = day.AddDays(1)) yield return day;
    }
}
