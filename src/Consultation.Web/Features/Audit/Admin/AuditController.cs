using Consultation.Infrastructure.Audit;
using Consultation.Web.Features.Accounts;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Audit.Admin;

/// <summary>The audit log, read-only, for auditors and administrators. There is deliberately no POST here.</summary>
[Route("admin/audit")]
[Authorize(Policy = BackOfficePolicies.Audit)]
public sealed class AuditController(AuditLogQueries queries, AuditChainVerifier verifier,
    IStringLocalizer<SharedStrings> strings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilterForm filter, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            // An unreadable date or cursor is dropped from the filter; say so rather than silently widen the search.
            ModelState.Clear();
            ModelState.AddModelError("", strings["audit.filter_invalid"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        ViewData["Filter"] = filter;
        ViewData["SubjectTypes"] = await queries.SubjectTypesAsync(ct);
        return View(await queries.PageAsync(filter.ToFilter(), ct));
    }

    /// <summary>Recomputes the whole hash chain now and shows whether it is intact, or its first broken line.</summary>
    [HttpGet("verify")]
    public async Task<IActionResult> Verify(CancellationToken ct) => View("Verify", await verifier.VerifyAsync(ct));
}
