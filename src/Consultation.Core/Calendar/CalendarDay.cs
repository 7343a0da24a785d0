namespace Consultation.Core.Calendar;

/// <summary>
/// One day named in a year's holiday notice: a statutory holiday (放假) or a make-up working day (调休上班). Days the
/// notice does not name follow the week: Monday to Friday are working days.
/// </summary>
public sealed class CalendarDay
{
    public const int MaxNameLength = 20;

    private CalendarDay() { }

    public int Id { get; private set; }
    public DateOnly Date { get; private set; }
    public CalendarDayKind Kind { get; private set; }

    /// <summary>The holiday the day belongs to, e.g. 春节; for a make-up day the holiday it makes up for, or 调休上班.</summary>
    public string Name { get; private set; } = "";

    public static CalendarDay Create(DateOnly date, CalendarDayKind kind, string name)
    {
        if (!Enum.IsDefined(kind)) throw new DomainException("calendar.kind_invalid");
        if (date.Year is < 2000 or > 2100) throw new DomainException("calendar.year_invalid", 2000, 2100);
        var value = (name ?? "").Trim();
        if (value.Length == 0) throw new DomainException("calendar.name_required");
        if (value.Length > MaxNameLength) throw new DomainException("calendar.name_too_long", MaxNameLength);
        // A Monday-to-Friday is a working day already; calling it 调休上班 is a typing error, not a rule.
        if (kind == CalendarDayKind.MakeUpWorkday && !IsWeekend(date))
            throw new DomainException("calendar.makeup_not_weekend", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return new CalendarDay { Date = date, Kind = kind, Name = value };
    }

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
