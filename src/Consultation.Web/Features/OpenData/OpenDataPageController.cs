using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.OpenData;

/// <summary>The human page about the open data: endpoints, paging, limits, licence and feeds.</summary>
[AllowAnonymous]
public sealed class OpenDataPageController(IOptions<OpenDataOptions> options) : Controller
{
    [HttpGet("/open-data")]
    public IActionResult Index() => View(options.Value);
}
