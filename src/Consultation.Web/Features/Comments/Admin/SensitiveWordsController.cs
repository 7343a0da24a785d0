using Consultation.Core;
using Consultation.Infrastructure.Comments;
using Consultation.Web.Features.Accounts;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Comments.Admin;

/// <summary>The sensitive-word list: a web comment containing one of these waits in the hold queue for an editor.</summary>
[Route("admin/sensitive-words")]
[Authorize(Policy = BackOfficePolicies.Editor)]
public sealed class SensitiveWordsController(SensitiveWords words, IStringLocalizer<SharedStrings> strings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View("SensitiveWords", await words.ListAsync(ct));

    [HttpPost("")]
    public async Task<IActionResult> Add(string? word, CancellationToken ct)
    {
        try
        {
            await words.AddAsync(word, ct);
            return Redirect("/admin/sensitive-words");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("word", strings[e.MessageKey, [.. e.Arguments]]);
        }
        ViewData["Word"] = word;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("SensitiveWords", await words.ListAsync(ct));
    }

    [HttpPost("{wordId:int}/remove")]
    public async Task<IActionResult> Remove(int wordId, CancellationToken ct)
    {
        await words.RemoveAsync(wordId, ct);
        return Redirect("/admin/sensitive-words");
    }
}
