using Consultation.Core.Consultations;
using Consultation.Infrastructure.Policies;
using Consultation.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Policies.Admin;

/// <summary>Policy documents and their interpretations through 三审; too few interpretation forms are refused.</summary>
[Route("admin/policies")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class PoliciesController(PolicyDocuments policies, IOptions<PolicyOptions> options) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await policies.AllAsync(ct));

    [HttpPost("")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Create(string? title, string? documentNumber, string? body, CancellationToken ct) =>
        Back(await policies.CreateAsync(title, documentNumber, body, User.ToActor(), ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var policy = await policies.FindAsync(id, ct);
        if (policy is null) return NotFound();
        ViewData["Minimum"] = options.Value.MinimumInterpretationForms;
        return View(policy);
    }

    [HttpPost("{id:int}/interpretations")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> AddInterpretation(int id, InterpretationForm form, string? title, string? body,
        CancellationToken ct)
    {
        await policies.AddInterpretationAsync(id, form, title, body, User.ToActor(), ct);
        return Back(id);
    }

    private RedirectResult Back(int id) => Redirect($"/admin/policies/{id}");
}
