using Consultation.Core.Calendar;
using static Consultation.UnitTests.Calendar.OfficialCalendar;

namespace Consultation.UnitTests.Calendar;

/// <summary>
/// Every block of the 国务院办公厅 notices for 2023–2026, typed here again from the notices, checked against the data
/// file the site loads: each day off is not a working day, each make-up Saturday or Sunday is one.
/// </summary>
public sealed class OfficialHolidayTests
{
    // block, first day off, last day off, make-up working days (comma separated)
    public static readonly TheoryData<string, string, string, string> Blocks = new()
    {
        // 国办发明电〔2022〕16号. 元旦 was 2022-12-31 to 2023-01-02; 12-31 is a 2022 Saturday and is not loaded.
        { "2023 元旦", "2023-01-01", "2023-01-02", "" },
        { "2023 春节", "2023-01-21", "2023-01-27", "2023-01-28,2023-01-29" },
        { "2023 清明节", "2023-04-05", "2023-04-05", "" },
        { "2023 劳动节", "2023-04-29", "2023-05-03", "2023-04-23,2023-05-06" },
        { "2023 端午节", "2023-06-22", "2023-06-24", "2023-06-25" },
        { "2023 中秋节、国庆节", "2023-09-29", "2023-10-06", "2023-10-07,2023-10-08" },
        // 国办发明电〔2023〕7号. 元旦 and 端午节 are one day each, joined to a weekend.
        { "2024 元旦", "2024-01-01", "2024-01-01", "" },
        { "2024 春节", "2024-02-10", "2024-02-17", "2024-02-04,2024-02-18" },
        { "2024 清明节", "2024-04-04", "2024-04-06", "2024-04-07" },
        { "2024 劳动节", "2024-05-01", "2024-05-05", "2024-04-28,2024-05-11" },
        { "2024 端午节", "2024-06-10", "2024-06-10", "" },
        { "2024 中秋节", "2024-09-15", "2024-09-17", "2024-09-14" },
        { "2024 国庆节", "2024-10-01", "2024-10-07", "2024-09-29,2024-10-12" },
        // 国办发明电〔2024〕12号: from 2025 春节 and 劳动节 have one more day each.
        { "2025 元旦", "2025-01-01", "2025-01-01", "" },
        { "2025 春节", "2025-01-28", "2025-02-04", "2025-01-26,2025-02-08" },
        { "2025 清明节", "2025-04-04", "2025-04-06", "" },
        { "2025 劳动节", "2025-05-01", "2025-05-05", "2025-04-27" },
        { "2025 端午节", "2025-05-31", "2025-06-02", "" },
        { "2025 国庆节、中秋节", "2025-10-01", "2025-10-08", "2025-09-28,2025-10-11" },
        // Notice of 2025-11-04.
        { "2026 元旦", "2026-01-01", "2026-01-03", "2026-01-04" },
        { "2026 春节", "2026-02-15", "2026-02-23", "2026-02-14,2026-02-28" },
        { "2026 清明节", "2026-04-04", "2026-04-06", "" },
        { "2026 劳动节", "2026-05-01", "2026-05-05", "2026-05-09" },
        { "2026 端午节", "2026-06-19", "2026-06-21", "" },
        { "2026 中秋节", "2026-09-25", "2026-09-27", "" },
        { "2026 国庆节", "2026-10-01", "2026-10-07", "2026-09-20,2026-10-10" },
    };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Every_day_off_in_the_block_is_not_a_working_day(string block, string from, string to, string makeUp)
    {
        _ = makeUp;
        Assert.All(Range(from, to), day => Assert.False(Official.IsWorkingDay(day), $"{block}: {day} should be off"));
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Every_make_up_weekend_day_of_the_block_is_a_working_day(string block, string from, string to, string makeUp)
    {
        _ = (from, to);
        foreach (var day in MakeUpDays(makeUp))
        {
            Assert.True(CalendarDay.IsWeekend(day), $"{block}: {day} is not a Saturday or Sunday");
            Assert.True(Official.IsWorkingDay(day), $"{block}: {day} should be worked");
        }
    }

    [Fact]
    public void The_data_file_holds_exactly_these_days_and_nothing_else()
    {
        var blocks = Blocks.Select(row => ((string)row[1], (string)row[2], (string)row[3])).ToList();
        var expectedOff = blocks.SelectMany(b => Range(b.Item1, b.Item2)).Order().ToList();
        var expectedWorked = blocks.SelectMany(b => MakeUpDays(b.Item3)).Order().ToList();

        Assert.Equal(expectedOff, Days.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date).Order());
        Assert.Equal(expectedWorked, Days.Where(d => d.Kind == CalendarDayKind.MakeUpWorkday).Select(d => d.Date).Order());
        Assert.Equal(new[] { 2023, 2024, 2025, 2026 }, Official.LoadedYears);
    }

    [Fact]
    public void The_eve_of_the_2024_spring_festival_is_a_working_day_the_notice_only_encourages_leave()
    {
        Assert.True(Official.IsWorkingDay(Date("2024-02-09")));
    }

    [Fact]
    public void An_ordinary_weekend_is_off_and_an_ordinary_weekday_is_worked()
    {
        Assert.False(Official.IsWorkingDay(Date("2026-03-07"))); // Saturday
        Assert.False(Official.IsWorkingDay(Date("2026-03-08"))); // Sunday
        Assert.True(Official.IsWorkingDay(Date("2026-03-09")));  // Monday
    }

    private static IEnumerable<DateOnly> MakeUpDays(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Date);
}
