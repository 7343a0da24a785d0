using Consultation.Core;
using Consultation.Infrastructure.Evaluations;
using Consultation.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Evaluations;

/// <summary>Published policy evaluations (政策评估结果公开), by year, newest first.</summary>
[AllowAnonymous]
public sealed class EvaluationsController(EvaluationQueries evaluations, TimeProvider clock,
    IOptions<SiteOptions> site) : Controller
{
    [HttpGet("/evaluations")]
    public async Task<IActionResult> Index(int? year, string? cursor, CancellationToken ct)
    {
        var current = ShanghaiTime.DayOf(clock.GetUtcNow()).Year;
        var chosen = year ?? current;
        if (chosen is < 2000 or > 2100) return NotFound();
        var rows = await evaluations.PublishedPageAsync(chosen, cursor, site.Value.ListPageRows, ct);
        return View(new EvaluationsPage(chosen, await evaluations.YearsAsync(current, ct), rows,
            await evaluations.PublishedCountAsync(chosen, ct), evaluations.Minimum));
    }

    [HttpGet("/evaluations/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var row = await evaluations.PublishedOneAsync(id, ct);
        return row is null ? NotFound() : View(row);
    }
}
