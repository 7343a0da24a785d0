using Consultation.Infrastructure.Evaluations;
using Consultation.Infrastructure.Policies;
using Consultation.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Policies;

/// <summary>Published policy documents and their interpretations, each linking to the other.</summary>
[AllowAnonymous]
public sealed class PoliciesController(PolicyDocuments policies, EvaluationQueries evaluations,
    IOptions<SiteOptions> site) : Controller
{
    [HttpGet("/policies")]
    public async Task<IActionResult> Index(string? cursor, CancellationToken ct) =>
        View(await policies.PublishedPageAsync(cursor, site.Value.ListPageRows, ct));

    [HttpGet("/policies/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var policy = await policies.PublishedAsync(id, ct);
        if (policy is null) return NotFound();
        ViewData["Evaluations"] = await evaluations.PublishedForPolicyAsync(id, ct);
        return View(policy);
    }

    [HttpGet("/policies/{id:int}/interpretations/{iid:int}")]
    public async Task<IActionResult> Interpretation(int id, int iid, CancellationToken ct)
    {
        var policy = await policies.PublishedAsync(id, ct);
        var interpretation = policy?.Interpretations.SingleOrDefault(i => i.Id == iid);
        if (policy is null || interpretation is null) return NotFound();
        ViewData["Policy"] = policy;
        return View(interpretation);
    }
}
