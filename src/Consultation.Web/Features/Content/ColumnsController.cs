using Consultation.Infrastructure.Content;
using Consultation.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Content;

[AllowAnonymous]
public sealed class ColumnsController(PublicContentQueries queries, IOptions<SiteOptions> site) : Controller
{
    [HttpGet("/columns/{slug}")]
    public async Task<IActionResult> Show(string slug, string? cursor, CancellationToken ct = default)
    {
        var model = await queries.ColumnAsync(slug, cursor, Math.Max(1, site.Value.ColumnPageSize), ct);
        return model is null ? NotFound() : View("Column", model);
    }
}
