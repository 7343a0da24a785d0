using System.ComponentModel.DataAnnotations;
using Consultation.Infrastructure.Accounts;
using Consultation.Web.Hosting;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Accounts.Admin;

[Route("admin")]
public sealed class AccountController(SignInManager<BackOfficeUser> signIn, BackOfficeAccounts accounts,
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
    [Quiet]
    [AllowAnonymous]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }
        var result = await signIn.PasswordSignInAsync(form.UserName, form.Password, isPersistent: false, lockoutOnFailure: true);
        await accounts.RecordSignInAsync(form.UserName, result);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/admin");
        ModelState.AddModelError("", strings[result.IsLockedOut ? "login.locked_out" : "login.failed"]);
        Response.StatusCode = result.IsLockedOut ? StatusCodes.Status429TooManyRequests : StatusCodes.Status400BadRequest;
        form.Password = "";
        return View(form);
    }

    [HttpPost("logout")]
    [Quiet]
    [Authorize]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
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
