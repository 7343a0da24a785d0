using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Accessibility;

/// <summary>
/// The toolbar's links: each sets the settings cookie and returns to the same page, so the toolbar works without
/// JavaScript. Like the language switch, only local return URLs are followed. accessibility.js asks for the toolbar's
/// choices alone (header <see cref="PartialHeader"/>) and swaps them in, so a choice needs no reload and keeps focus.
/// </summary>
[AllowAnonymous]
public sealed class AccessibilityController : Controller
{
    public const string PartialHeader = "X-A11y-Partial";

    [HttpGet("/accessibility/{setting}/{value:int}")]
    public IActionResult Set(string setting, int value, string? returnUrl)
    {
        var current = AccessibilitySettings.From(Request);
        var changed = current.With(setting, value);
        if (changed == current && setting is not ("size" or "contrast" or "cursor" or "guide" or "simple" or "elder")) return NotFound();
        return Save(changed, returnUrl);
    }

    [HttpGet("/accessibility/reset")]
    public IActionResult Reset(string? returnUrl) => Save(AccessibilitySettings.Default, returnUrl);

    private IActionResult Save(AccessibilitySettings settings, string? returnUrl)
    {
        var options = new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true,
        };
        if (settings.IsElderMode) Response.Cookies.Append(AccessibilitySettings.CookieName, settings.ToCookieValue(), options);
        else Response.Cookies.Delete(AccessibilitySettings.CookieName);
        var back = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        if (!Request.Headers.ContainsKey(PartialHeader)) return LocalRedirect(back);
        Response.Headers.CacheControl = "no-store";
        ViewData["A11yReturn"] = back;
        return PartialView("_AccessibilityChoices", settings);
    }
}
