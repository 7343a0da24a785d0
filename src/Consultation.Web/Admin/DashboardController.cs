using Consultation.Infrastructure.Content;
using Consultation.Web.Extensions;
using Consultation.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Admin;

/// <summary>The back-office start page: what waits for me to review, and what was sent back to me.</summary>
[Route("admin")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class DashboardController(BackOfficeContentQueries queries,
    Infrastructure.Adoption.DueReportQueries dueReports,
    Infrastructure.Catalog.CatalogQueries catalog,
    Microsoft.Extensions.Options.IOptions<Infrastructure.Catalog.CatalogOptions> catalogOptions,
    Infrastructure.Evaluations.EvaluationQueries evaluations,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var (toReview, returned) = await queries.QueueAsync(User.ToActor(), ct);
        ViewData["Returned"] = returned;
        ViewData["DueReports"] = await dueReports.UnpublishedAsync(ct);
        var year = clock.GetUtcNow().ToShanghai().Year;
        var entries = await catalog.ListAsync(new Infrastructure.Catalog.CatalogFilter(year, null, null), ct);
        ViewData["CatalogDue"] = (year, catalogOptions.Value.DueOn(year), entries.Count, entries.Count(e => !e.Complete));
        ViewData["EvaluationDuty"] = await EvaluationDutiesAsync(ct);
        return View(toReview);
    }

    /// <summary>This year's duty, and last year's too while it stands overdue: an office back on 2 January still sees it.</summary>
    private async Task<List<Core.Evaluations.EvaluationYear>> EvaluationDutiesAsync(CancellationToken ct)
    {
        var today = Core.ShanghaiDay.Of(clock.GetUtcNow());
        var duties = new List<Core.Evaluations.EvaluationYear> { await evaluations.DutyAsync(today.Year, today, ct) };
        var previous = await evaluations.DutyAsync(today.Year - 1, today, ct);
        if (previous.Duty == Core.Evaluations.EvaluationDuty.Overdue) duties.Add(previous);
        return duties;
    }
}
