using Consultation.Core;
using Consultation.Infrastructure.Comments;
using Consultation.Web.Features.Accounts;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Comments.Admin;

/// <summary>
/// Offline input: comments from letters, calls, emails and symposia. The receipt code is shown once, right after
/// saving (carried across the redirect in TempData, which is encrypted), since only its keyed hash is stored.
/// </summary>
[Route("admin/consultations/{id:int}/offline")]
[Authorize(Policy = BackOfficePolicies.Editor)]
public sealed class OfflineCommentsController(
    OfflineComments offline,
    TimeProvider clock,
    IStringLocalizer<SharedStrings> strings) : Controller
{
    private const string ReceiptKey = "offline-receipt";

    [HttpGet("")]
    public async Task<IActionResult> New(int id, CancellationToken ct)
    {
        var consultation = await offline.ConsultationAsync(id, ct);
        if (consultation is null) return NotFound();
        ViewData["Consultation"] = consultation;
        ViewData["Receipt"] = TempData[ReceiptKey] as string;
        return View("Offline", new OfflineCommentForm { Date = ShanghaiTime.DayOf(clock.GetUtcNow()) });
    }

    [HttpPost("")]
    public async Task<IActionResult> Create(int id, OfflineCommentForm form, CancellationToken ct)
    {
        var consultation = await offline.ConsultationAsync(id, ct);
        if (consultation is null) return NotFound();
        if (ModelState.IsValid)
        {
            try
            {
                var code = await offline.RecordAsync(id, form.Channel, form.Date!.Value, form.Summary,
                    form.ClauseAnchor, User.ToActor(), ct);
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
        return View("Offline", form);
    }
}
