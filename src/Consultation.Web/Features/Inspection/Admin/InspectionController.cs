using Consultation.Infrastructure.Inspection;
using Consultation.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Inspection.Admin;

/// <summary>
/// The inspection self-check: every veto item as pass, at risk or fail, each finding with a link to where it is
/// fixed, and the broken-link crawl, started here and carried on in the background with its progress shown.
/// </summary>
[Route("admin/inspection")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class InspectionController(SelfCheck selfCheck, LinkCrawler crawler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View("Index", await selfCheck.RunAsync(ct));

    [HttpPost("crawl")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> StartCrawl(CancellationToken ct)
    {
        await crawler.StartAsync(User.Identity?.Name ?? "", ct);
        return Redirect("/admin/inspection#crawl");
    }
}
