using Consultation.Core.Catalog;
using Consultation.Infrastructure.Catalog;
using Microsoft.AspNetCore.Authorization;
using System.Text.Json;
using Consultation.Web.Features.Feeds;
using Consultation.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Catalog;

/// <summary>The public 年度重大行政决策事项目录: a filtered list per year, and the same rows as CSV, JSON and Atom.</summary>
[AllowAnonymous]
public sealed class CatalogController(CatalogQueries queries, CatalogDocuments documents, TimeProvider clock) : Controller
{
    [HttpGet("/catalog")]
    public async Task<IActionResult> Latest(int? year, CatalogStatus? status, string? office, CancellationToken ct)
    {
        var years = await queries.YearsAsync(ct);
        var chosen = year ?? (years.Count > 0 ? years[0] : clock.GetUtcNow().Year);
        // By route name: the back office has a CatalogController too, and an action name alone may pick its Index.
        return RedirectToRoute(YearRoute, new { year = chosen, status, office });
    }

    private const string YearRoute = "public-catalog-year";

    [HttpGet("/catalog/{year:int}", Name = YearRoute)]
    public async Task<IActionResult> Index(int year, CatalogStatus? status, string? office, CancellationToken ct)
    {
        ViewData["Year"] = year;
        ViewData["Status"] = status;
        ViewData["Office"] = office;
        ViewData["Years"] = await queries.YearsAsync(ct);
        ViewData["Offices"] = await queries.OfficesAsync(year, ct);
        return View(await queries.ListAsync(new CatalogFilter(year, status, office), ct));
    }

    [HttpGet("/catalog/{year:int}/catalog.csv")]
    public async Task<IActionResult> Csv(int year, CatalogStatus? status, string? office, CancellationToken ct)
    {
        var rows = await queries.ListAsync(new CatalogFilter(year, status, office), ct);
        return File(await documents.CsvAsync(rows, Origin, ct), Infrastructure.Exports.CsvWriter.ContentType,
            $"catalog-{year}.csv");
    }

    [HttpGet("/catalog/{year:int}/catalog.json")]
    public async Task<IActionResult> Json(int year, CatalogStatus? status, string? office, CancellationToken ct) =>
        ConditionalGet.Respond(HttpContext, JsonSerializer.SerializeToUtf8Bytes(
            documents.Json(await queries.ListAsync(new CatalogFilter(year, status, office), ct), Origin), PublicJson.Options),
            "application/json; charset=utf-8");

    [HttpGet("/catalog/{year:int}/atom.xml")]
    public async Task<IActionResult> Atom(int year, CatalogStatus? status, string? office, CancellationToken ct)
    {
        var rows = await queries.ListAsync(new CatalogFilter(year, status, office), ct);
        return ConditionalGet.Respond(HttpContext, documents.Atom(year, rows, Origin), AtomFeed.ContentType,
            AtomFeed.UpdatedOf(documents.Items(year, rows)));
    }

    private string Origin => SiteOrigin.Of(HttpContext);
}
