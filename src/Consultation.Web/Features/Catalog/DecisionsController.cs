using Consultation.Infrastructure.Consultations;
using Consultation.Infrastructure.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Catalog;

/// <summary>A decision's background (决策背景), the page the catalog's background link points at, and its public meetings.</summary>
[AllowAnonymous]
public sealed class DecisionsController(PublicConsultationQueries consultations, PublicMeetings meetings) : Controller
{
    [HttpGet("/decisions/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var decision = await consultations.DecisionAsync(id, ct);
        if (decision is null) return NotFound();
        ViewData["Meetings"] = await meetings.ForDecisionAsync(id, ct);
        return View("Decision", decision);
    }
}
