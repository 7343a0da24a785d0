using Consultation.Infrastructure.Content;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Public;

public sealed class WorkPointsController(PublicContentQueries queries) : Controller
{
    [HttpGet("/work-points/{year:int}")]
    public async Task<IActionResult> Year(int year, CancellationToken ct)
    {
        var rows = await queries.WorkPointsAsync(year, ct);
        if (rows.Count == 0) return NotFound();
        ViewData["Year"] = year;
        return View(rows);
    }
}
