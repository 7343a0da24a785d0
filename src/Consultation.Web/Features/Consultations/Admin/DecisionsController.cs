using Consultation.Core;
using Consultation.Infrastructure.Consultations;
using Consultation.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Consultations.Admin;

/// <summary>
/// A decision (重大行政决策) in the back office: its 决策背景 through 三审 (review slice), and recording the decision
/// itself — the fact that starts the adoption-report clock.
/// </summary>
[Route("admin/decisions/{id:int}")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class DecisionsController(BackOfficeDecisions decisions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var page = await decisions.FindAsync(id, ct);
        return page is null ? NotFound() : View("Decision", page);
    }

    [HttpPost("background")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> ReviseBackground(int id, string? background, CancellationToken ct)
    {
        await decisions.ReviseBackgroundAsync(id, background, User.ToActor(), ct);
        return Back(id);
    }

    [HttpPost("record")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Record(int id, DateOnly? decidedOn, string? documentNumber, CancellationToken ct)
    {
        if (!ModelState.IsValid || decidedOn is null) throw new DomainException("decision.date_required");
        await decisions.RecordAsync(id, decidedOn.Value, documentNumber, User.ToActor(), ct);
        return Back(id);
    }

    [HttpPost("result")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> LinkResult(int id, int? resultArticleId, CancellationToken ct)
    {
        if (resultArticleId is not { } articleId) throw new DomainException("decision.result_required");
        await decisions.LinkResultAsync(id, articleId, User.ToActor(), ct);
        return Back(id);
    }

    private RedirectResult Back(int id) => Redirect($"/admin/decisions/{id}");
}
