using Consultation.Core;
using Consultation.Infrastructure.Accounts;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Accounts.Admin;

/// <summary>Every back-office user changes their own password here; an administrator's reset is for a forgotten one.</summary>
[Route("admin/account/password")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class OwnPasswordController(BackOfficeSignIn signIn, IOptions<IdentityOptions> identity,
    IStringLocalizer<SharedStrings> strings) : Controller
{
    [HttpGet("")]
    public IActionResult Edit() => View("ChangePassword", Rules(new PasswordChangeForm()));

    [HttpPost("")]
    [EnableRateLimiting(AccountsWebModule.SignInRateLimitPolicy)]
    public async Task<IActionResult> Change(PasswordChangeForm form)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await signIn.ChangePasswordAsync(User, form.CurrentPassword, form.NewPassword);
                return Redirect("/admin/account/password");
            }
            catch (DomainException e)
            {
                ModelState.AddModelError("", strings[e.MessageKey, [.. e.Arguments]]);
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        form.CurrentPassword = form.NewPassword = form.ConfirmPassword = "";
        return View("ChangePassword", Rules(form));
    }

    private PasswordChangeForm Rules(PasswordChangeForm form)
    {
        var password = identity.Value.Password;
        ViewData["Rules"] = strings["password.rules", password.RequiredLength, password.RequiredUniqueChars].Value;
        return form;
    }
}
