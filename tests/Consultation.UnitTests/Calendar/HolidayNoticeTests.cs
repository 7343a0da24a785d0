using Consultation.Core;
using Consultation.Core.Calendar;
using static Consultation.UnitTests.Calendar.OfficialCalendar;

namespace Consultation.UnitTests.Calendar;

public sealed class HolidayNoticeTests
{
    [Fact]
    public void Ranges_single_days_and_make_up_days_are_read_with_their_names()
    {
        var notice = HolidayNotice.Parse(2027, """
            # 2027年部分节假日安排
            2027-01-01..2027-01-03 元旦

            2027-02-06～2027-02-12 春节
            2027-01-31 春节 上班
            2027-02-20 调休上班
            2027-04-05 清明节
            """);

        Assert.True(notice.IsValid);
        Assert.Equal(13, notice.Days.Count);
        Assert.Equal(11, notice.Days.Count(d => d.Kind == CalendarDayKind.Holiday));
        var makeUp = notice.Days.Where(d => d.Kind == CalendarDayKind.MakeUpWorkday).ToList();
        Assert.Equal([("春节", Date("2027-01-31")), ("调休上班", Date("2027-02-20"))], makeUp.Select(d => (d.Name, d.Date)));
        Assert.Equal("清明节", notice.Days.Single(d => d.Date == Date("2027-04-05")).Name);
    }

    [Fact]
    public void Every_bad_line_is_reported_with_its_number_and_no_day_is_kept()
    {
        var notice = HolidayNotice.Parse(2027, """
            2027-01-01..2027-01-03 元旦
            2027-13-01 春节
            2027-02-10..2027-02-06 春节
            2026-12-31 元旦
            2027-02-03 上班
            2027-01-02 元旦
            2027-05-01
            """);

        Assert.False(notice.IsValid);
        Assert.Empty(notice.Days);
        Assert.Equal(
            [
                (2, "calendar.line_date_unreadable"), (3, "calendar.line_range_reversed"), (4, "calendar.line_wrong_year"),
                (5, "calendar.makeup_not_weekend"), (6, "calendar.line_duplicate"), (7, "calendar.line_name_missing"),
            ],
            notice.Problems.Select(p => (p.Line, p.MessageKey)));
        Assert.Equal(new object[] { "2027-01-02", 1 }, notice.Problems.Single(p => p.Line == 6).Arguments);
    }

    [Fact]
    public void A_block_longer_than_a_month_is_a_typing_slip()
    {
        var notice = HolidayNotice.Parse(2027, "2027-01-01..2027-03-01 元旦");

        Assert.Equal("calendar.line_range_too_long", Assert.Single(notice.Problems).MessageKey);
    }

    [Fact]
    public void A_notice_without_any_day_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() => HolidayNotice.Parse(2027, "\n# nothing yet\n  "));

        Assert.Equal("calendar.notice_empty", refused.MessageKey);
    }

    [Fact]
    public void A_year_outside_the_supported_range_is_refused()
    {
        Assert.Equal("calendar.year_invalid",
            Assert.Throws<DomainException>(() => HolidayNotice.Parse(1999, "1999-10-01 国庆节")).MessageKey);
    }

    [Fact]
    public void A_make_up_day_must_fall_on_a_saturday_or_sunday()
    {
        var refused = Assert.Throws<DomainException>(() =>
            CalendarDay.Create(Date("2027-02-03"), CalendarDayKind.MakeUpWorkday, "春节"));

        Assert.Equal("calendar.makeup_not_weekend", refused.MessageKey);
    }

    [Fact]
    public void A_day_needs_a_short_name()
    {
        Assert.Equal("calendar.name_required",
            Assert.Throws<DomainException>(() => CalendarDay.Create(Date("2027-01-01"), CalendarDayKind.Holiday, " ")).MessageKey);
        Assert.Equal("calendar.name_too_long",
            Assert.Throws<DomainException>(() =>
                CalendarDay.Create(Date("2027-01-01"), CalendarDayKind.Holiday, new string('节', 21))).MessageKey);
    }
}
