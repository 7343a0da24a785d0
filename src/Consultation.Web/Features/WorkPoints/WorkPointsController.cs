using Consultation.Infrastructure.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.WorkPoints;

/// <summary>The public 政务公开工作要点 progress board, one page per year.</summary>
[AllowAnonymous]
public sealed class WorkPointsController(PublicContentQueries queries) : Controller
{
    [HttpGet("/work-points")]
    public async Task<IActionResult> Latest(CancellationToken ct) =>
        await queries.LatestWorkPointsYearAsync(ct) is { } year ? Redirect($"/work-points/{year}") : NotFound();

    [HttpGet("/work-points/{year:int}")]
    public async Task<IActionResult> Year(int year, CancellationToken ct)
    {
        var rows = await queries.WorkPointsAsync(year, ct);
        if (rows.Count == 0) return NotFound();
        ViewData["Year"] = year;
        return View(rows);
    }
}
