using Consultation.Infrastructure.Disclosure;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Disclosure.Admin;

/// <summary>The 依申请公开 panel of the dashboard; the dashboard places it with one line and knows nothing else of it.</summary>
public sealed class DisclosureDashboardPanel(DisclosureQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var reminder = queries.Rules.AnnualReportReminder(queries.Today);
        return View("~/Views/Disclosure/Admin/_DashboardPanel.cshtml", new DisclosureDashboard(
            await queries.OpenAsync(HttpContext.RequestAborted), queries.Rules.DueSoonWorkingDays, reminder?.Year,
            reminder?.DueOn));
    }
}
