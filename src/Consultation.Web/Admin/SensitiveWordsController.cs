using Consultation.Core;
using Consultation.Core.Comments;
using Consultation.Infrastructure.Database;
using Consultation.Web.Extensions;
using Consultation.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Admin;

/// <summary>The sensitive-word list: a web comment containing one of these waits in the hold queue for an editor.</summary>
[Route("admin/sensitive-words")]
[Authorize(Policy = BackOfficePolicies.Editor)]
public sealed class SensitiveWordsController(ConsultationDbContext db, IStringLocalizer<SharedStrings> strings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await Words(ct));

    /// <summary>
    /// Adds a word. Duplicates are refused ignoring case, as matching ignores case; the unique index alone would let
    /// "ABC" and "abc" both in on PostgreSQL and would answer a plain duplicate with an error page.
    /// </summary>
    [HttpPost("")]
    public async Task<IActionResult> Add(string? word, CancellationToken ct)
    {
        var words = await Words(ct);
        try
        {
            var entry = SensitiveWord.Create(word ?? "");
            if (words.Any(w => string.Equals(w.Word, entry.Word, StringComparison.OrdinalIgnoreCase)))
                throw new DomainException("cadmin.word_duplicate", entry.Word);
            db.SensitiveWords.Add(entry);
            await db.SaveChangesAsync(ct);
            return Redirect("/admin/sensitive-words");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("word", strings[e.MessageKey, [.. e.Arguments]]);
        }
        ViewData["Word"] = word;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", words);
    }

    [HttpPost("{wordId:int}/remove")]
    public async Task<IActionResult> Remove(int wordId, CancellationToken ct)
    {
        await db.SensitiveWords.Where(w => w.Id == wordId).ExecuteDeleteAsync(ct);
        return Redirect("/admin/sensitive-words");
    }

    private Task<List<SensitiveWord>> Words(CancellationToken ct) =>
        db.SensitiveWords.AsNoTracking().OrderBy(w => w.Word).ToListAsync(ct);
}
