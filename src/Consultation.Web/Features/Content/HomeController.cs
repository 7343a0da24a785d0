using Consultation.Infrastructure.Content;
using Consultation.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Content;

[AllowAnonymous]
public sealed class HomeController(PublicContentQueries queries, IOptions<SiteOptions> site) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View("Home", await queries.HomeAsync(site.Value.HomeItemsPerColumn, ct));
}
