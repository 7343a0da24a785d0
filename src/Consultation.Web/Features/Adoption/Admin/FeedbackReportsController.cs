using Consultation.Core;
using Consultation.Infrastructure.Adoption;
using Consultation.Infrastructure.Calendar;
using Consultation.Infrastructure.Consultations;
using Consultation.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Adoption.Admin;

/// <summary>
/// The adoption report (意见采纳情况): its text, the due date that follows the recorded decision, a correction of a
/// published report with its 更正说明; 三审 is the review slice's.
/// </summary>
[Route("admin/consultations/{id:int}/report")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class FeedbackReportsController(
    FeedbackReportService reports,
    FeedbackReportQueries contents,
    BackOfficeDecisions decisions,
    GroupingWorkbench workbench,
    WorkingCalendarProvider calendars,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken ct)
    {
        var model = await contents.WorkingAsync(id, ct);
        if (model is null) return NotFound();
        var decision = (await decisions.FindAsync(model.Consultation.DecisionId, ct))!.Decision;
        ViewData["Decision"] = decision;
        ViewData["DueOn"] = await reports.DueOnAsync(decision, ct);
        ViewData["Today"] = ShanghaiTime.DayOf(clock.GetUtcNow());
        ViewData["Readiness"] = await workbench.ReadinessAsync(id, ct);
        ViewData["Calendar"] = await calendars.GetAsync(ct);
        return View("Report", model);
    }

    [HttpPost("")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Save(int id, string? introduction, string? finalText, CancellationToken ct)
    {
        await reports.SaveAsync(id, introduction, finalText, User.ToActor(), ct);
        return Back(id);
    }

    /// <summary>Opens a correction of the published report; its 更正说明 is published with the new version.</summary>
    [HttpPost("correction")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Correct(int id, string? note, CancellationToken ct)
    {
        await reports.BeginCorrectionAsync(id, note, User.ToActor(), ct);
        return Back(id);
    }

    private RedirectResult Back(int id) => Redirect($"/admin/consultations/{id}/report");
}
