using Consultation.Infrastructure.Content;
using Consultation.Web.Extensions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Admin;

/// <summary>The back-office start page: what waits for me to review, and what was sent back to me.</summary>
[Route("admin")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class DashboardController(BackOfficeContentQueries queries,
    Infrastructure.Adoption.DueReportQueries dueReports) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var (toReview, returned) = await queries.QueueAsync(User.ToActor(), ct);
        ViewData["Returned"] = returned;
        ViewData["DueReports"] = await dueReports.UnpublishedAsync(ct);
        return View(toReview);
    }
}
