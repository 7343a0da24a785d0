using Consultation.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Web.Catalog;

/// <summary>A decision's background (决策背景), the page the catalog's background link points at.</summary>
public sealed class DecisionsController(ConsultationDbContext db) : Controller
{
    [HttpGet("/decisions/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        return decision is null ? NotFound() : View(decision);
    }
}
