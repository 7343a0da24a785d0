using System.ComponentModel.DataAnnotations;
using Consultation.Infrastructure.Accounts;
using Consultation.Web.Features.Caching;
using Consultation.Web.Hosting;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Accounts.Admin;

[Route("admin")]
public sealed class AccountController(SignInManager<BackOfficeUser> identity, BackOfficeSignIn signIn,
    IStringLocalizer<SharedStrings> strings)
    : Controller
{
    public sealed class LoginForm
    {
        [Required(ErrorMessage = "login.username_required"), StringLength(100)]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "login.password_required"), StringLength(200)]
        public string Password { get; set; } = "";

        public string? ReturnUrl { get; set; }
    }

    [HttpGet("login")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [PublicForm]
    [Quiet]
    [AllowAnonymous]
    [EnableRateLimiting(AccountsWebModule.SignInRateLimitPolicy)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }
        var back = Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : null;
        switch (await signIn.PasswordAsync(form.UserName, form.Password))
        {
            case SignInStep.SignedIn:
                return LocalRedirect(back ?? "/admin");
            case SignInStep.CodeNeeded:
                return LocalRedirect(SecondFactorController.PathOf("code", back));
            case SignInStep.EnrolmentNeeded:
                return LocalRedirect(SecondFactorController.PathOf("enrol", back));
        }
        // Wrong password, unknown name, locked account: one message, one status, so none can be told from another.
        ModelState.AddModelError("", strings["login.refused"]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        form.Password = "";
        return View(form);
    }

    [HttpPost("logout")]
    [Quiet]
    [Authorize]
    public async Task<IActionResult> Logout()
    {
        await identity.SignOutAsync();
        return LocalRedirect("/admin/login");
    }

    [HttpGet("denied")]
    [AllowAnonymous]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}
