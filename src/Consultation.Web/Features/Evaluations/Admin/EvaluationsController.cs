using Consultation.Core;
using Consultation.Infrastructure.Evaluations;
using Consultation.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Evaluations.Admin;

/// <summary>Policy evaluations through 三审: editors write them, reviewers pass or return them, 终审 makes them public.</summary>
[Route("admin/evaluations")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class EvaluationsController(EvaluationQueries queries, BackOfficeEvaluations evaluations,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.AllAsync(ct));

    [HttpGet("new")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> New(CancellationToken ct)
    {
        var year = ShanghaiTime.DayOf(clock.GetUtcNow()).Year;
        return await FormAsync(null, new EvaluationForm
        {
            Year = year, PeriodStart = new DateOnly(year, 1, 1), PeriodEnd = new DateOnly(year, 12, 31),
        }, ct);
    }

    [HttpPost("")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Create(EvaluationForm form, CancellationToken ct) =>
        Back(await evaluations.CreateAsync(form.ToDetails(), User.ToActor(), ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var row = await queries.FindAsync(id, ct);
        return row is null ? NotFound() : View(row);
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var row = await queries.FindAsync(id, ct);
        return row is null ? NotFound() : await FormAsync(id, EvaluationForm.From(row.Evaluation), ct);
    }

    [HttpPost("{id:int}")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Update(int id, EvaluationForm form, CancellationToken ct)
    {
        await evaluations.EditAsync(id, form.ToDetails(), User.ToActor(), ct);
        return Back(id);
    }

    private async Task<IActionResult> FormAsync(int? id, EvaluationForm form, CancellationToken ct)
    {
        ViewData["EvaluationId"] = id;
        ViewData["Policies"] = await evaluations.PolicyChoicesAsync(ct);
        return View("Form", form);
    }

    private RedirectResult Back(int id) => Redirect($"/admin/evaluations/{id}");
}
