namespace Consultation.Core.Calendar;

/// <summary>
/// 工作日: Monday to Friday, minus the statutory holidays, plus the make-up working days (调休) of each year's
/// 国务院办公厅 notice. A year with no notice loaded is counted on weekdays alone; <see cref="IsYearLoaded"/> tells
/// the caller so the page can say so.
/// </summary>
public sealed class WorkingCalendar(IEnumerable<CalendarDay> days)
{
    /// <summary>Far more than any legal clock needs; stops a runaway loop on a nonsensical count.</summary>
    public const int MaxWorkingDays = 3660;

    private readonly Dictionary<DateOnly, CalendarDayKind> _days = ToLookup(days);

    private int[]? _years;

    /// <summary>The years with at least one day in the data, in order.</summary>
    public IReadOnlyList<int> LoadedYears => _years ??= [.. _days.Keys.Select(d => d.Year).Distinct().Order()];

    /// <summary>A year is loaded when its notice put at least one day into the data.</summary>
    public bool IsYearLoaded(int year) => LoadedYears.Contains(year);

    /// <summary>Monday to Friday unless a holiday; Saturday and Sunday only when a make-up working day.</summary>
    public bool IsWorkingDay(DateOnly day) =>
        _days.TryGetValue(day, out var kind) ? kind == CalendarDayKind.MakeUpWorkday : !CalendarDay.IsWeekend(day);

    /// <summary>
    /// The <paramref name="n"/>-th working day after <paramref name="from"/>: "within N working days after D" is due on
    /// this date. <paramref name="from"/> itself is never counted, whatever kind of day it is.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, MaxWorkingDays);
        var day = from;
        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }

    /// <summary>Working days in (<paramref name="from"/>, <paramref name="to"/>]; 0 when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day)) count++;
        }
        return count;
    }

    private static Dictionary<DateOnly, CalendarDayKind> ToLookup(IEnumerable<CalendarDay> source)
    {
        var lookup = new Dictionary<DateOnly, CalendarDayKind>();
        foreach (var day in source) lookup[day.Date] = day.Kind;
        return lookup;
    }
}
