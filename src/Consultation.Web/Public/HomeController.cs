using Consultation.Infrastructure.Content;
using Consultation.Web.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Public;

public sealed class HomeController(PublicContentQueries queries, IOptions<SiteOptions> site) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await queries.HomeAsync(site.Value.HomeItemsPerColumn, ct));
}
