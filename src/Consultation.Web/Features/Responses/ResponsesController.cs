using Consultation.Infrastructure.Responses;
using Consultation.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Responses;

/// <summary>回应关切: the published 舆情回应 notices, newest first, each with the item concerned and when it was answered.</summary>
[AllowAnonymous]
public sealed class ResponsesController(ResponseQueries queries, IOptions<SiteOptions> site) : Controller
{
    [HttpGet("/responses")]
    public async Task<IActionResult> Index(string? cursor, CancellationToken ct) =>
        View("Index", await queries.PublishedPageAsync(cursor, site.Value.ListPageRows, ct));

    [HttpGet("/responses/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var row = await queries.PublishedOneAsync(id, ct);
        return row is null ? NotFound() : View("Show", row);
    }
}
