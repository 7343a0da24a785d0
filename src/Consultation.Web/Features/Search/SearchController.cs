using Consultation.Infrastructure.Search;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Search;

/// <summary>
/// Site search: <c>/search</c> for people, <c>/api/search</c> (JSON) for programs, the same parameters for both.
/// Any query string is answered, with results or with a "no results" page and suggestions.
/// </summary>
[AllowAnonymous]
public sealed class SearchController(SiteSearch search, SearchJson json) : Controller
{
    [HttpGet("/search")]
    public async Task<IActionResult> Results(SearchForm form, CancellationToken ct)
    {
        ModelState.Clear();
        Response.Headers["X-Robots-Tag"] = "noindex, follow";
        return View("Results", await search.SearchAsync(form.ToRequest(), ct));
    }

    [HttpGet("/api/search")]
    public async Task<IActionResult> Api(SearchForm form, CancellationToken ct)
    {
        ModelState.Clear();
        return Json(json.From(await search.SearchAsync(form.ToRequest(), ct)));
    }
}
