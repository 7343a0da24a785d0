using System.Net;
using Consultation.Core.Calendar;
using Consultation.Infrastructure.Calendar;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Calendar;

/// <summary>
/// The holiday calendar at /admin/calendar; run on SQLite and on PostgreSQL. The tests share one site, so each one
/// writes a year of its own (2027 to 2030).
/// </summary>
public abstract class CalendarBehaviour(SiteFixture site)
{
    [SkippableFact]
    public async Task The_official_days_of_2023_to_2026_are_loaded_on_first_start()
    {
        var calendar = await CalendarAsync();

        Assert.Equal([2023, 2024, 2025, 2026], calendar.LoadedYears.Where(y => y <= 2026));
        Assert.Equal(141, await CountAsync(2023, 2026));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 16)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 2, 14)));
        var admin = await site.SignInAsync("admin");
        var (_, page) = await admin.GetAsync("/admin/calendar?year=2026");
        Assert.Equal(39, page.QuerySelectorAll("#calendar-days tbody tr").Length);
        Assert.Contains("放假 33 天，调休上班 6 天", page.QuerySelector("#calendar-summary")!.TextContent);
    }

    [SkippableFact]
    public async Task An_administrator_adds_the_2027_notice_in_one_form_and_the_working_calendar_follows_it()
    {
        var admin = await site.SignInAsync("admin");
        var (_, before) = await admin.GetAsync("/admin/calendar?year=2027");
        Assert.Contains("2027年节假日安排尚未载入，按周一至周五计算", before.QuerySelector(".calendar-not-loaded")!.TextContent);
        Assert.Equal(new DateOnly(2027, 2, 5), (await CalendarAsync()).AddWorkingDays(new DateOnly(2027, 2, 4), 1));

        var response = await PostNoticeAsync(admin, 2027, "2027-01-01..2027-01-03 元旦\n2027-02-05..2027-02-12 春节\n2027-02-20 上班");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/calendar?year=2027", response.Headers.Location!.OriginalString);
        var calendar = await CalendarAsync();
        Assert.True(calendar.IsYearLoaded(2027));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 20)));
        // Thu 2-4: 2-5..2-12 off, 2-13/14 weekend, so the next working day is Monday 2-15.
        Assert.Equal(new DateOnly(2027, 2, 15), calendar.AddWorkingDays(new DateOnly(2027, 2, 4), 1));
        var (_, after) = await admin.GetAsync("/admin/calendar?year=2027");
        Assert.Null(after.QuerySelector(".calendar-not-loaded"));
        Assert.Equal(12, after.QuerySelectorAll("#calendar-days tbody tr").Length);
        Assert.Equal("MakeUpWorkday", after.QuerySelector("#calendar-days tr[data-date='2027-02-20']")!.GetAttribute("data-kind"));
    }

    [SkippableFact]
    public async Task A_malformed_line_is_refused_with_400_and_its_line_number_and_nothing_is_stored()
    {
        var admin = await site.SignInAsync("admin");
        const string typed = "2028-01-01 元旦\n2028-02-30 春节\n2028-01-26 上班";

        var response = await PostNoticeAsync(admin, 2028, typed);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        var errors = page.QuerySelector("#form-errors")!.TextContent;
        Assert.Contains("第2行：无法识别日期“2028-02-30”", errors);
        Assert.Contains("第3行：2028-01-26 是周一至周五", errors);
        Assert.Equal(typed, page.QuerySelector("textarea[name=Lines]")!.TextContent.ReplaceLineEndings("\n"));
        Assert.Equal(0, await CountAsync(2028, 2028));
        Assert.False((await CalendarAsync()).IsYearLoaded(2028));
    }

    [SkippableFact]
    public async Task A_year_that_has_days_is_refused_unless_replace_is_ticked()
    {
        var admin = await site.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.Redirect, (await PostNoticeAsync(admin, 2030, "2030-10-01..2030-10-07 国庆节")).StatusCode);

        var refused = await PostNoticeAsync(admin, 2030, "2030-05-01..2030-05-05 劳动节");
        var replaced = await PostNoticeAsync(admin, 2030, "2030-05-01..2030-05-05 劳动节", replace: true);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("2030年已有节假日安排", (await Browser.ParseAsync(refused)).QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        var calendar = await CalendarAsync();
        Assert.False(calendar.IsWorkingDay(new DateOnly(2030, 5, 2)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2030, 10, 2)));
        Assert.Equal(5, await CountAsync(2030, 2030));
    }

    [SkippableFact]
    public async Task A_single_day_is_deleted_and_the_calendar_counts_it_as_a_weekday_again()
    {
        var admin = await site.SignInAsync("admin");
        await PostNoticeAsync(admin, 2029, "2029-10-01..2029-10-03 国庆节");
        Assert.False((await CalendarAsync()).IsWorkingDay(new DateOnly(2029, 10, 2)));
        int id;
        using (var scope = site.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            id = (await db.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2029, 10, 2))).Id;
        }

        var response = await admin.PostFieldsAsync("/admin/calendar?year=2029", $"/admin/calendar/days/{id}/delete");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((await CalendarAsync()).IsWorkingDay(new DateOnly(2029, 10, 2)));
        Assert.Equal(2, await CountAsync(2029, 2029));
    }

    [SkippableFact]
    public async Task Someone_who_is_not_an_administrator_gets_403_and_stores_nothing()
    {
        var editor = await site.SignInAsync("editor");

        var page = await editor.Client.GetAsync("/admin/calendar");
        var post = await editor.PostWithTokenAsync("/admin", "/admin/calendar/notice",
            new Dictionary<string, string> { ["Year"] = "2031", ["Lines"] = "2031-01-01 元旦" });

        Assert.Equal(HttpStatusCode.Forbidden, await editor.SeenStatusAsync(page));
        Assert.Equal(HttpStatusCode.Forbidden, await editor.SeenStatusAsync(post));
        Assert.Equal(0, await CountAsync(2031, 2031));
    }

    private static Task<HttpResponseMessage> PostNoticeAsync(Browser admin, int year, string lines, bool replace = false)
    {
        var fields = new List<(string, string)> { ("Year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Lines", lines) };
        if (replace) fields.Add(("Replace", "true"));
        return admin.PostFieldsAsync("/admin/calendar", "/admin/calendar/notice", [.. fields]);
    }

    private Task<WorkingCalendar> CalendarAsync() =>
        site.Factory.Services.GetRequiredService<WorkingCalendarProvider>().GetAsync();

    private async Task<int> CountAsync(int firstYear, int lastYear)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        return await db.CalendarDays.CountAsync(d =>
            d.Date >= new DateOnly(firstYear, 1, 1) && d.Date <= new DateOnly(lastYear, 12, 31));
    }
}
