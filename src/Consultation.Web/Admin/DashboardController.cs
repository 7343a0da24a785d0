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
        return View(toReview);
    }
}
