using Consultation.Core;
using Consultation.Infrastructure.Search;
using Consultation.Web.Features.Accounts;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Search.Admin;

/// <summary>
/// /admin/search: this node's index (documents, outbox position, problems), a full rebuild with its progress, and the
/// synonym list that widens queries (义教 → 义务教育).
/// </summary>
[Route("admin/search")]
[Authorize(Policy = BackOfficePolicies.Administrator)]
public sealed class SearchAdminController(SearchIndexAdministration index, BackOfficeSynonyms synonyms,
    IStringLocalizer<SharedStrings> strings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View("Overview", await PageAsync(null, ct));

    /// <summary>The status as JSON, polled by the page while a rebuild runs.</summary>
    [HttpGet("status")]
    public async Task<IActionResult> Status(CancellationToken ct) => Json(await index.StatusAsync(ct));

    [HttpPost("rebuild")]
    public async Task<IActionResult> Rebuild(CancellationToken ct)
    {
        await index.RequestRebuildAsync(ct);
        return Redirect("/admin/search#index-status");
    }

    [HttpPost("synonyms")]
    public async Task<IActionResult> AddSynonym(SynonymForm form, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            await synonyms.AddAsync(form.Term, form.Alternatives, ct);
            return Redirect("/admin/search#synonyms");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(form.Term), strings[e.MessageKey, [.. e.Arguments]]);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Overview", await PageAsync(form, ct));
    }

    [HttpPost("synonyms/{id:int}/remove")]
    public async Task<IActionResult> RemoveSynonym(int id, CancellationToken ct)
    {
        await synonyms.RemoveAsync(id, ct);
        return Redirect("/admin/search#synonyms");
    }

    private async Task<SearchAdminPage> PageAsync(SynonymForm? form, CancellationToken ct) =>
        new(await index.StatusAsync(ct), await synonyms.ListAsync(ct), form ?? new SynonymForm());
}
