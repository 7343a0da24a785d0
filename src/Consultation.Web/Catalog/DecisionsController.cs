using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Meetings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Web.Catalog;

/// <summary>A decision's background (决策背景), the page the catalog's background link points at, and its public meetings.</summary>
public sealed class DecisionsController(ConsultationDbContext db, PublicMeetings meetings) : Controller
{
    [HttpGet("/decisions/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (decision is null) return NotFound();
        ViewData["Meetings"] = await meetings.ForDecisionAsync(id, ct);
        return View(decision);
    }
}
