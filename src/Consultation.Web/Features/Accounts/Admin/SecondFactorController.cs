using Consultation.Infrastructure.Accounts;
using Consultation.Web.Hosting;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Accounts.Admin;

/// <summary>
/// The second step of signing in: the authenticator code, or for a reviewer or administrator without one, setting it
/// up. Open to anonymous requests because the person is not signed in yet; what they may do here is bound to the short
/// two-factor cookie the password step left, and without it every action sends them back to the sign-in page.
/// </summary>
[Route("admin/login")]
[AllowAnonymous]
public sealed class SecondFactorController(BackOfficeSignIn signIn, IStringLocalizer<SharedStrings> strings) : Controller
{
    public static string PathOf(string step, string? returnUrl) =>
        $"/admin/login/{step}" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl));

    [HttpGet("code")]
    public IActionResult Code(string? returnUrl) => View(new CodeForm { ReturnUrl = returnUrl });

    [HttpPost("code")]
    [Quiet]
    [EnableRateLimiting(AccountsWebModule.SignInRateLimitPolicy)]
    public async Task<IActionResult> Code(CodeForm form)
    {
        if (!ModelState.IsValid) return Refused("Code", form, null);
        return await signIn.CodeAsync(form.Code) switch
        {
            SignInStep.SignedIn => LocalRedirect(Back(form)),
            SignInStep.Expired => Restart(form),
            _ => Refused("Code", form, "login.code_refused"),
        };
    }

    [HttpGet("enrol")]
    public async Task<IActionResult> Enrol(string? returnUrl) =>
        await PageAsync(new CodeForm { ReturnUrl = returnUrl }) is { } page ? View(page) : Restart(new CodeForm { ReturnUrl = returnUrl });

    /// <summary>The enrolment pages carry the shared key and the recovery codes: no browser or proxy may keep a copy.</summary>
    public override void OnActionExecuting(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext context)
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers.Pragma = "no-cache";
    }

    [HttpPost("enrol")]
    [Quiet]
    [EnableRateLimiting(AccountsWebModule.SignInRateLimitPolicy)]
    public async Task<IActionResult> Enrol(CodeForm form)
    {
        var enrolment = ModelState.IsValid ? await signIn.EnrolAsync(form.Code) : new Enrolment(SignInStep.Refused, []);
        if (enrolment.Step == SignInStep.SignedIn)
        {
            ViewData["Next"] = Back(form);
            return View("RecoveryCodes", enrolment.RecoveryCodes);
        }
        if (enrolment.Step == SignInStep.Expired || await PageAsync(form) is not { } page) return Restart(form);
        if (ModelState.IsValid) ModelState.AddModelError("", strings["login.code_refused"]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        form.Code = "";
        return View(page);
    }

    private async Task<EnrolmentPage?> PageAsync(CodeForm form) =>
        await signIn.SetupAsync() is { } setup
            ? new EnrolmentPage(setup, AuthenticatorQrCode.PngDataAddress(setup.Address), form)
            : null;

    private IActionResult Refused(string view, CodeForm form, string? message)
    {
        if (message is not null) ModelState.AddModelError("", strings[message]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        form.Code = "";
        return View(view, form);
    }

    /// <summary>The two-factor cookie is missing or has run out: back to the password, keeping where they were going.</summary>
    private RedirectResult Restart(CodeForm form) => Redirect("/admin/login" +
        (Url.IsLocalUrl(form.ReturnUrl) ? "?returnUrl=" + Uri.EscapeDataString(form.ReturnUrl) : ""));

    private string Back(CodeForm form) => Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/admin";
}
