using Consultation.Web.Features.Accounts;
using Consultation.Core;
using Consultation.Infrastructure.Accounts;
using Consultation.Web.Hosting;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace Consultation.Web.Features.Accounts.Admin;

/// <summary>
/// Back-office accounts: create with a generated password, change roles, reset the password, lock and unlock.
/// Generated passwords are rendered once in the POST response and never stored, logged or put in a redirect.
/// </summary>
[Route("admin/users")]
[Authorize(Policy = BackOfficePolicies.Administrator)]
public sealed class UsersController(
    BackOfficeAccounts accounts,
    SignInManager<BackOfficeUser> signIn,
    IStringLocalizer<SharedStrings> strings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await accounts.ListAsync(ct));

    [HttpGet("new")]
    public IActionResult New() => View(new UserForm());

    [HttpPost("new")]
    public async Task<IActionResult> Create(UserForm form)
    {
        try
        {
            return Password(await accounts.CreateAsync(User.ToActor(), form.UserName, form.DisplayName, form.Roles), created: true);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", strings[e.MessageKey, [.. e.Arguments]]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("New", form);
        }
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken ct)
    {
        var user = await accounts.FindAsync(id, ct);
        if (user is null) return NotFound();
        ViewData["User"] = user;
        return View(new UserForm { UserName = user.UserName, DisplayName = user.DisplayName, Roles = [.. user.Roles] });
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Update(string id, UserForm form, CancellationToken ct)
    {
        var user = await accounts.FindAsync(id, ct);
        if (user is null) return NotFound();
        var actor = User.ToActor();
        try
        {
            await accounts.ChangeAsync(actor, id, form.DisplayName, form.Roles);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", strings[e.MessageKey, [.. e.Arguments]]);
            ViewData["User"] = user;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            form.UserName = user.UserName;
            return View("Edit", form);
        }
        // Changing one's own roles rewrites one's own cookie, so the navigation matches the new roles at once.
        if (id == actor.UserId && await signIn.UserManager.FindByIdAsync(id) is { } me) await signIn.RefreshSignInAsync(me);
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id}/reset-password")]
    public async Task<IActionResult> ResetPassword(string id) =>
        Password(await accounts.ResetPasswordAsync(User.ToActor(), id), created: false);

    [HttpPost("{id}/reset-second-factor")]
    public async Task<IActionResult> ResetSecondFactor(string id)
    {
        await accounts.ResetSecondFactorAsync(User.ToActor(), id);
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>Refusals (oneself, the last administrator) reach the <see cref="DomainExceptionFilter"/> as a 400 page.</summary>
    [HttpPost("{id}/lock")]
    public async Task<IActionResult> Lock(string id)
    {
        await accounts.LockAsync(User.ToActor(), id);
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        await accounts.UnlockAsync(User.ToActor(), id);
        return RedirectToAction(nameof(Edit), new { id });
    }

    private ViewResult Password(BackOfficeAccounts.IssuedPassword issued, bool created)
    {
        // The page carries a secret: no browser or proxy may keep a copy.
        Response.Headers[HeaderNames.CacheControl] = "no-store";
        Response.Headers[HeaderNames.Pragma] = "no-cache";
        ViewData["Created"] = created;
        return View("Password", issued);
    }
}
