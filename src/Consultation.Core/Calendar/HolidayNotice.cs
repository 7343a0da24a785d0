using System.Globalization;

namespace Consultation.Core.Calendar;

/// <summary>
/// A year's 放假调休 notice as an administrator types it, one line per holiday block or make-up working day:
/// <c>2027-01-01..2027-01-03 元旦</c>, <c>2027-04-05 清明节</c>, <c>2027-02-07 上班</c>, <c>2027-02-07 调休上班</c> or
/// <c>2027-02-07 春节 上班</c>. Blank lines and lines starting with # are skipped. Every line is checked and every
/// problem reported with its line number; a notice with problems yields no days at all.
/// </summary>
public sealed class HolidayNotice
{
    public const int MaxLength = 10_000;

    /// <summary>The longest block any notice has had is 9 days; a month is room enough and stops typing slips early.</summary>
    public const int MaxBlockDays = 31;

    public const string DefaultMakeUpName = "调休上班";

    private static readonly string[] RangeSeparators = ["..", "～", "~", "至"];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d"];
    private static readonly string[] MakeUpMarkers = ["调休上班", "上班", "workday"];

    private HolidayNotice(int year, IReadOnlyList<CalendarDay> days, IReadOnlyList<NoticeProblem> problems)
    {
        Year = year;
        Days = days;
        Problems = problems;
    }

    public int Year { get; }
    public IReadOnlyList<CalendarDay> Days { get; }
    public IReadOnlyList<NoticeProblem> Problems { get; }
    public bool IsValid => Problems.Count == 0;

    public static HolidayNotice Parse(int year, string? text)
    {
        if (year is < 2000 or > 2100) throw new DomainException("calendar.year_invalid", 2000, 2100);
        text ??= "";
        if (text.Length > MaxLength) throw new DomainException("calendar.notice_too_long", MaxLength);

        var days = new List<CalendarDay>();
        var problems = new List<NoticeProblem>();
        var firstSeenOn = new Dictionary<DateOnly, int>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var problem = ParseLine(i + 1, line, year, days, firstSeenOn);
            if (problem is not null) problems.Add(problem);
        }
        if (days.Count == 0 && problems.Count == 0) throw new DomainException("calendar.notice_empty");
        return problems.Count == 0
            ? new HolidayNotice(year, days, [])
            : new HolidayNotice(year, [], problems);
    }

    private static NoticeProblem? ParseLine(int number, string line, int year, List<CalendarDay> days,
        Dictionary<DateOnly, int> firstSeenOn)
    {
        NoticeProblem Problem(string key, params object[] args) => new(number, key, args);

        var parts = line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var range = parts[0].Split(RangeSeparators, StringSplitOptions.TrimEntries);
        if (range.Length > 2) return Problem("calendar.line_date_unreadable", parts[0]);
        if (!TryReadDate(range[0], out var first)) return Problem("calendar.line_date_unreadable", range[0]);
        var last = first;
        if (range.Length == 2 && !TryReadDate(range[1], out last)) return Problem("calendar.line_date_unreadable", range[1]);
        if (parts.Length < 2) return Problem("calendar.line_name_missing");
        if (last < first) return Problem("calendar.line_range_reversed", Text(first), Text(last));
        if (last.DayNumber - first.DayNumber + 1 > MaxBlockDays) return Problem("calendar.line_range_too_long", MaxBlockDays);

        var (kind, name) = ReadKind(parts[1]);
        var lineDays = new List<CalendarDay>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (day.Year != year) return Problem("calendar.line_wrong_year", Text(day), year);
            if (firstSeenOn.TryGetValue(day, out var earlier)) return Problem("calendar.line_duplicate", Text(day), earlier);
            try
            {
                lineDays.Add(CalendarDay.Create(day, kind, name));
            }
            catch (DomainException e)
            {
                return Problem(e.MessageKey, [.. e.Arguments]);
            }
        }
        foreach (var day in lineDays) firstSeenOn[day.Date] = number;
        days.AddRange(lineDays);
        return null;
    }

    /// <summary>"上班", "调休上班" or "workday", possibly after the holiday's name, marks a make-up working day.</summary>
    private static (CalendarDayKind Kind, string Name) ReadKind(string text)
    {
        foreach (var marker in MakeUpMarkers)
        {
            if (!text.EndsWith(marker, StringComparison.OrdinalIgnoreCase)) continue;
            var name = text[..^marker.Length].Trim();
            return (CalendarDayKind.MakeUpWorkday, name.Length == 0 ? DefaultMakeUpName : name);
        }
        return (CalendarDayKind.Holiday, text);
    }

    private static bool TryReadDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
