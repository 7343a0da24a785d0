using Consultation.Core.Calendar;

namespace Consultation.Web.Features.Calendar.Admin;

/// <summary>The calendar page for one year: its stored days, the years that have days, and the notice form.</summary>
public sealed record CalendarPage(int Year, IReadOnlyList<CalendarDay> Days, IReadOnlyList<int> LoadedYears,
    CalendarNoticeForm Form)
{
    public bool IsLoaded => Days.Count > 0;

    /// <summary>The loaded years, the year shown and the year after the last loaded one, for the year links.</summary>
    public IReadOnlyList<int> YearLinks =>
        [.. LoadedYears.Append(Year).Append(NextYearToLoad).Distinct().Order()];

    public int NextYearToLoad => LoadedYears.Count == 0 ? Year : LoadedYears[^1] + 1;
}
