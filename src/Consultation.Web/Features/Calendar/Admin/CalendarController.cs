using Consultation.Core;
using Consultation.Core.Calendar;
using Consultation.Infrastructure.Calendar;
using Consultation.Web.Features.Accounts;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Calendar.Admin;

/// <summary>
/// 节假日安排: the statutory holidays and make-up working days every working-day clock counts with. A year's
/// 国务院办公厅 notice is typed in one form; a notice with any bad line is refused whole, each problem with its line.
/// </summary>
[Route("admin/calendar")]
[Authorize(Policy = BackOfficePolicies.Administrator)]
public sealed class CalendarController(BackOfficeCalendar calendar, WorkingCalendarProvider provider, TimeProvider clock,
    IStringLocalizer<SharedStrings> strings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, CancellationToken ct)
    {
        var shown = year ?? clock.GetUtcNow().ToShanghai().Year;
        if (shown is < 2000 or > 2100) return NotFound();
        var page = await PageAsync(shown, null, ct);
        page.Form.Year = page.IsLoaded ? page.NextYearToLoad : shown;
        return View(page);
    }

    [HttpPost("notice")]
    public async Task<IActionResult> AddNotice(CalendarNoticeForm form, CancellationToken ct)
    {
        ModelState.Clear(); // an unreadable year binds as null and is answered below in the reader's language
        try
        {
            if (form.Year is not { } year) throw new DomainException("calendar.year_invalid", 2000, 2100);
            var notice = HolidayNotice.Parse(year, form.Lines);
            if (notice.IsValid)
            {
                await calendar.AddNoticeAsync(notice, form.Replace, ct);
                return Redirect($"/admin/calendar?year={year}");
            }
            foreach (var problem in notice.Problems)
            {
                var message = strings[problem.MessageKey, [.. problem.Arguments]].Value;
                ModelState.AddModelError(nameof(form.Lines), strings["calendar.line", problem.Line, message]);
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", strings[e.MessageKey, [.. e.Arguments]]);
        }
        var shown = form.Year is >= 2000 and <= 2100 ? form.Year.Value : clock.GetUtcNow().ToShanghai().Year;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", await PageAsync(shown, form, ct));
    }

    [HttpPost("days/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var date = await calendar.DeleteAsync(id, ct);
        return date is { } d ? Redirect($"/admin/calendar?year={d.Year}") : NotFound();
    }

    private async Task<CalendarPage> PageAsync(int year, CalendarNoticeForm? form, CancellationToken ct) =>
        new(year, await calendar.YearAsync(year, ct), (await provider.GetAsync(ct)).LoadedYears,
            form ?? new CalendarNoticeForm());
}
