using Consultation.Core;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Database;
using Consultation.Web.Extensions;
using Consultation.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Admin;

/// <summary>
/// Offline input: comments from letters, calls, emails and symposia count like web comments. Each gets a receipt code
/// the editor can pass on to the sender; only its keyed hash is stored, so the code is shown once, right after saving.
/// </summary>
[Route("admin/consultations/{id:int}/offline")]
[Authorize(Policy = BackOfficePolicies.Editor)]
public sealed class OfflineCommentsController(
    ConsultationDbContext db,
    IReceiptHasher hasher,
    IOptions<ConsultationRules> rules,
    TimeProvider clock,
    IStringLocalizer<SharedStrings> strings) : Controller
{
    private const string ReceiptKey = "offline-receipt";

    [HttpGet("")]
    public async Task<IActionResult> New(int id, CancellationToken ct)
    {
        var consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (consultation is null) return NotFound();
        ViewData["Consultation"] = consultation;
        ViewData["Receipt"] = TempData[ReceiptKey] as string;
        return View(new OfflineCommentForm { Date = DateOnly.FromDateTime(clock.GetUtcNow().ToShanghai().DateTime) });
    }

    [HttpPost("")]
    public async Task<IActionResult> Create(int id, OfflineCommentForm form, CancellationToken ct)
    {
        var consultation = await db.Consultations.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (consultation is null) return NotFound();
        if (ModelState.IsValid)
        {
            try
            {
                var code = ReceiptCode.New();
                var comment = consultation.RecordOffline(form.Channel, form.Date!.Value, form.Summary ?? "",
                    form.ClauseAnchor, User.ToActor(), code, hasher, clock.GetUtcNow(), rules.Value);
                db.Comments.Add(comment);
                await db.SaveChangesAsync(ct);
                // Redirect after saving so a page refresh cannot record the same letter twice.
                TempData[ReceiptKey] = code;
                return Redirect($"/admin/consultations/{id}/offline");
            }
            catch (DomainException e)
            {
                ModelState.AddModelError("", strings[e.MessageKey, [.. e.Arguments]]);
            }
        }
        ViewData["Consultation"] = consultation;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("New", form);
    }
}
