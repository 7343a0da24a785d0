using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Hosting.Localization;

[AllowAnonymous]
public sealed class LanguageController : Controller
{
    /// <summary>Switches zh-CN/English via a cookie and returns to the same page; only local return URLs are followed.</summary>
    [HttpGet("/language/{culture}")]
    public IActionResult Switch(string culture, string? returnUrl)
    {
        if (culture is not (StringCatalog.Chinese or StringCatalog.English)) return NotFound();
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
