using Consultation.Infrastructure.Responses;
using Consultation.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Responses.Admin;

/// <summary>舆情回应 notices through 三审: editors write them, reviewers pass or return them, 终审 publishes them.</summary>
[Route("admin/responses")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class ResponsesController(ResponseQueries queries, BackOfficeResponses responses) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View("Index", await queries.AllAsync(ct));

    [HttpGet("new")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> New(CancellationToken ct) => FormAsync(null, new ResponseForm(), ct);

    [HttpPost("")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Create(ResponseForm form, CancellationToken ct) =>
        Back(await responses.CreateAsync(form.ToDetails(), User.ToActor(), ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var row = await queries.FindAsync(id, ct);
        return row is null ? NotFound() : View("Show", row);
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var row = await queries.FindAsync(id, ct);
        return row is null ? NotFound() : await FormAsync(id, ResponseForm.From(row.Notice), ct);
    }

    [HttpPost("{id:int}")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Update(int id, ResponseForm form, CancellationToken ct)
    {
        await responses.EditAsync(id, form.ToDetails(), User.ToActor(), ct);
        return Back(id);
    }

    private async Task<IActionResult> FormAsync(int? id, ResponseForm form, CancellationToken ct)
    {
        ViewData["ResponseId"] = id;
        ViewData["Subjects"] = await queries.SubjectChoicesAsync(ct);
        return View("Form", form);
    }

    private RedirectResult Back(int id) => Redirect($"/admin/responses/{id}");
}
