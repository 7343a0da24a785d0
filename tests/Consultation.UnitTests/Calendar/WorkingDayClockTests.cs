using Consultation.Core.Calendar;
using static Consultation.UnitTests.Calendar.OfficialCalendar;

namespace Consultation.UnitTests.Calendar;

/// <summary>
/// "Within N working days after D": D is not counted, the answer is the N-th working day after it. The festival cases
/// are counted by hand in the comments (n = working day number, "off" = holiday or ordinary weekend).
/// </summary>
public sealed class WorkingDayClockTests
{
    [Theory]
    // 2023 春节: Thu 1-19 (1), Fri 1-20 (2), 1-21..27 off, make-up Sat 1-28 (3), Sun 1-29 (4), 1-30..2-3 (5-9),
    // weekend off, Mon 2-6 (10).
    [InlineData("2023-01-18", "2023-02-06")]
    // 2023 国庆: Thu 9-28 (1), 9-29..10-6 off, make-up Sat 10-7 (2), Sun 10-8 (3), 10-9..13 (4-8), weekend, 10-16 (9), 10-17 (10).
    [InlineData("2023-09-27", "2023-10-17")]
    // 2024 春节: Sat 2-3 off, make-up Sun 2-4 (1), 2-5..2-9 (2-6; 除夕 is worked), 2-10..17 off, make-up Sun 2-18 (7),
    // 2-19 (8), 2-20 (9), Wed 2-21 (10).
    [InlineData("2024-02-02", "2024-02-21")]
    // 2024 国庆: Sat 9-28 off, make-up Sun 9-29 (1), Mon 9-30 (2), 10-1..7 off, 10-8..11 (3-6), make-up Sat 10-12 (7),
    // Sun off, 10-14 (8), 10-15 (9), Wed 10-16 (10).
    [InlineData("2024-09-27", "2024-10-16")]
    // 2025 春节 (8 days from 除夕): Sat 1-25 off, make-up Sun 1-26 (1), Mon 1-27 (2), 1-28..2-4 off, 2-5..7 (3-5),
    // make-up Sat 2-8 (6), Sun off, 2-10..12 (7-9), Thu 2-13 (10).
    [InlineData("2025-01-24", "2025-02-13")]
    // 2025 国庆+中秋: Sat 9-27 off, make-up Sun 9-28 (1), 9-29 (2), 9-30 (3), 10-1..8 off, 10-9 (4), 10-10 (5),
    // make-up Sat 10-11 (6), Sun off, 10-13..15 (7-9), Thu 10-16 (10).
    [InlineData("2025-09-26", "2025-10-16")]
    // 2026 春节 (9 days): 2-11..13 (1-3), make-up Sat 2-14 (4), 2-15..23 off, 2-24..27 (5-8), make-up Sat 2-28 (9),
    // Sun 3-1 off, Mon 3-2 (10).
    [InlineData("2026-02-10", "2026-03-02")]
    // 2026 国庆: 9-29 (1), 9-30 (2), 10-1..7 off, 10-8 (3), 10-9 (4), make-up Sat 10-10 (5), Sun off, 10-12..16 (6-10).
    [InlineData("2026-09-28", "2026-10-16")]
    public void Ten_working_days_across_a_festival_land_on_the_day_counted_by_hand(string from, string due)
    {
        Assert.Equal(Date(due), Official.AddWorkingDays(Date(from), 10));
        Assert.Equal(10, Official.WorkingDaysBetween(Date(from), Date(due)));
    }

    [Theory]
    // 依申请公开 reply (20 working days) received just before the 2026 Spring Festival: 10 as above to 3-2, then 3-3..3-6
    // (11-14), 3-9..13 (15-19), Mon 3-16 (20).
    [InlineData("2026-02-10", 20, "2026-03-16")]
    // 2025 国庆 with the extension: 10 to 10-16, then Fri 10-17 (11), 10-20..24 (12-16), 10-27..30 (17-20).
    [InlineData("2025-09-26", 20, "2025-10-30")]
    public void Longer_clocks_cross_a_festival_the_same_way(string from, int n, string due)
    {
        Assert.Equal(Date(due), Official.AddWorkingDays(Date(from), n));
    }

    [Fact]
    public void The_starting_day_is_not_counted_even_when_it_is_a_working_day()
    {
        Assert.Equal(Date("2026-03-03"), Official.AddWorkingDays(Date("2026-03-02"), 1)); // Monday -> Tuesday
        Assert.Equal(Date("2026-03-09"), Official.AddWorkingDays(Date("2026-03-06"), 1)); // Friday -> Monday
        Assert.Equal(Date("2026-10-12"), Official.AddWorkingDays(Date("2026-10-10"), 1)); // make-up Saturday -> Monday
    }

    [Fact]
    public void A_clock_starting_on_a_holiday_counts_from_the_first_day_back_at_work()
    {
        Assert.Equal(Date("2026-10-08"), Official.AddWorkingDays(Date("2026-10-01"), 1));
        Assert.Equal(Date("2026-10-08"), Official.AddWorkingDays(Date("2026-09-30"), 1));
    }

    [Fact]
    public void Working_days_between_count_after_the_start_up_to_and_including_the_end()
    {
        Assert.Equal(1, Official.WorkingDaysBetween(Date("2026-09-30"), Date("2026-10-08")));
        Assert.Equal(0, Official.WorkingDaysBetween(Date("2026-09-30"), Date("2026-10-07")));
        Assert.Equal(1, Official.WorkingDaysBetween(Date("2026-03-02"), Date("2026-03-03")));
    }

    [Fact]
    public void Working_days_between_is_zero_when_the_end_is_not_after_the_start()
    {
        Assert.Equal(0, Official.WorkingDaysBetween(Date("2026-03-03"), Date("2026-03-03")));
        Assert.Equal(0, Official.WorkingDaysBetween(Date("2026-03-10"), Date("2026-03-03")));
    }

    [Fact]
    public void A_count_below_one_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.AddWorkingDays(Date("2026-03-02"), 0));
    }

    [Fact]
    public void A_year_without_a_notice_falls_back_to_monday_to_friday_and_says_it_is_not_loaded()
    {
        Assert.True(Official.IsYearLoaded(2026));
        Assert.False(Official.IsYearLoaded(2027));
        Assert.True(Official.IsWorkingDay(Date("2027-01-01")));  // a Friday; 元旦 is not known yet
        Assert.False(Official.IsWorkingDay(Date("2027-01-02"))); // a Saturday
        // Wed 2026-12-30: Thu 12-31 (1), Fri 2027-01-01 (2), Mon 1-4 (3), 1-5 (4), Wed 1-6 (5).
        Assert.Equal(Date("2027-01-06"), Official.AddWorkingDays(Date("2026-12-30"), 5));
    }

    [Fact]
    public void An_empty_calendar_loads_no_year_and_counts_weekdays()
    {
        var empty = new WorkingCalendar([]);

        Assert.Empty(empty.LoadedYears);
        Assert.False(empty.IsYearLoaded(2026));
        Assert.Equal(Date("2026-10-05"), empty.AddWorkingDays(Date("2026-09-28"), 5));
    }
}
