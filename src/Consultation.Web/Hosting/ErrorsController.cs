using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Hosting;

/// <summary>Friendly error pages that say what the reader can do, and nothing about the server.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class ErrorsController : Controller
{
    [Route("/error/{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Show(int code)
    {
        var status = code is >= 400 and <= 599 ? code : 500;
        Response.StatusCode = status;
        return View("~/Views/Shared/Error.cshtml", status);
    }
}
