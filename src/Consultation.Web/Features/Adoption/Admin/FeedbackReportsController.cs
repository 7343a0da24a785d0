using Consultation.Core;
using Consultation.Infrastructure.Adoption;
using Consultation.Infrastructure.Calendar;
using Consultation.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Adoption.Admin;

/// <summary>The adoption report (意见采纳情况): decision date, due date, final text, and its 三审.</summary>
[Route("admin/consultations/{id:int}/report")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class FeedbackReportsController(
    FeedbackReportService reports,
    FeedbackReportQueries contents,
    GroupingWorkbench workbench,
    WorkingCalendarProvider calendars) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken ct)
    {
        var model = await contents.ContentsAsync(id, i => DateOnly.FromDateTime(i.ToShanghai().DateTime), ct);
        if (model is null) return NotFound();
        ViewData["Readiness"] = await workbench.ReadinessAsync(id, ct);
        ViewData["Calendar"] = await calendars.GetAsync(ct);
        return View("Report", model);
    }

    [HttpPost("")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Save(int id, DateOnly? decidedOn, string? introduction, string? finalText,
        CancellationToken ct)
    {
        if (decidedOn is null) throw new Core.DomainException("report.decided_on_required");
        await reports.SaveAsync(id, decidedOn.Value, introduction, finalText, User.ToActor(), ct);
        return Back(id);
    }

    private RedirectResult Back(int id) => Redirect($"/admin/consultations/{id}/report");
}
