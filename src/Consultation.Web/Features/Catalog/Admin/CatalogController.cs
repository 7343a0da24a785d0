using Consultation.Infrastructure.Catalog;
using Consultation.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Catalog.Admin;

/// <summary>Back office of the decision catalog: each year's entries with their missing links flagged.</summary>
[Route("admin/catalog")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class CatalogController(CatalogQueries queries, BackOfficeCatalog catalog, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, CancellationToken ct)
    {
        var chosen = year ?? clock.GetUtcNow().Year;
        ViewData["Year"] = chosen;
        ViewData["Years"] = await queries.YearsAsync(ct);
        return View(await queries.WorkingListAsync(chosen, ct));
    }

    [HttpGet("new")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> New(int? year, CancellationToken ct) =>
        await FormAsync(null, new CatalogForm { Year = year ?? clock.GetUtcNow().Year }, ct);

    [HttpPost("")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Create(CatalogForm form, CancellationToken ct)
    {
        var id = await catalog.CreateAsync(form.ToInput(), User.ToActor(), ct);
        return Redirect($"/admin/catalog/{id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var entry = await catalog.FindAsync(id, ct);
        return entry is null ? NotFound() : await FormAsync(id, CatalogForm.From(entry), ct);
    }

    [HttpPost("{id:int}")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Update(int id, CatalogForm form, CancellationToken ct)
    {
        await catalog.UpdateAsync(id, form.ToInput(), User.ToActor(), ct);
        return Redirect($"/admin/catalog/{id}");
    }

    private async Task<IActionResult> FormAsync(int? id, CatalogForm form, CancellationToken ct)
    {
        ViewData["EntryId"] = id;
        ViewData["Choices"] = await catalog.ChoicesAsync(ct);
        if (id is { } existing)
        {
            ViewData["Row"] = await queries.WorkingAsync(existing, ct);
            ViewData["Entry"] = await catalog.FindAsync(existing, ct);
        }
        return View("Form", form);
    }
}
