using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Caching;

/// <summary>
/// The visitor's antiforgery token for a form on a cached page: set as a cookie and returned for the form field.
/// Never cached anywhere, since it is per visitor. Anonymous: every citizen writing on a cached page needs one, and
/// the fallback policy would otherwise send them to the sign-in page.
/// </summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class FormTokenController(IAntiforgery antiforgery) : Controller
{
    public const string Path = "/forms/token";

    [HttpGet(Path)]
    public IActionResult Token()
    {
        var tokens = antiforgery.GetAndStoreTokens(HttpContext);
        Response.Headers.CacheControl = "no-store";
        return Json(new { field = tokens.FormFieldName, token = tokens.RequestToken });
    }
}
