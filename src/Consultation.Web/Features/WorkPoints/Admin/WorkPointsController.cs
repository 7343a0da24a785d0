using Consultation.Core;
using Consultation.Core.WorkPoints;
using Consultation.Infrastructure.WorkPoints;
using Consultation.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.WorkPoints.Admin;

/// <summary>Progress of the 政务公开工作要点: editors report status, date, evidence and a note per row; others read.</summary>
[Route("admin/work-points")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class WorkPointsController(WorkPointBoard board) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, CancellationToken ct)
    {
        var years = await board.YearsAsync(ct);
        var chosen = year ?? (years.Count > 0 ? years[0] : 0);
        ViewData["Year"] = chosen;
        ViewData["Years"] = years;
        return View(await board.YearAsync(chosen, ct));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var row = await board.FindAsync(id, ct);
        return row is null ? NotFound() : View(row);
    }

    /// <summary>A missing or unreadable status or date reaches the entity as a value it refuses with its own message.</summary>
    [HttpPost("{id:int}")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Report(int id, WorkPointStatus? status, DateOnly? statusDate, string? evidence,
        string? note, CancellationToken ct)
    {
        if (statusDate is not { } date) throw new DomainException("workpoint.date_required");
        await board.ReportProgressAsync(id, status ?? (WorkPointStatus)(-1), date, evidence, note, User.ToActor(), ct);
        // The report waits for 三审 on the row's own page, where its review box is.
        return Redirect($"/admin/work-points/{id}");
    }
}
