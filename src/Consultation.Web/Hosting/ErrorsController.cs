using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Hosting;

/// <summary>Friendly error pages that say what the reader can do, and nothing about the server.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class ErrorsController : Controller
{
    /// <summary>
    /// Takes the code from the route alone: re-executed after a refused post, a bound parameter would make MVC read the
    /// original form again, and a form it cannot read (a NUL character) would leave the code 0 — a 500 for a 400.
    /// A code that is no error (typed by hand) is a page that does not exist.
    /// </summary>
    [Route("/error/{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Show()
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), out var c) ? c : 0;
        var status = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        return View("~/Views/Shared/Error.cshtml", status);
    }
}
