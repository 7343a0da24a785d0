using Consultation.Core;
using Consultation.Infrastructure.Captcha;
using Consultation.Infrastructure.Comments;
using Consultation.Web.Features.Consultations;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Comments;

/// <summary>Comment intake: stores a citizen's comment and sends them to the receipt.</summary>
public sealed class CommentsController(
    CommentIntake intake,
    ConsultationPages pages,
    ICaptchaVerifier captcha,
    IStringLocalizer<SharedStrings> strings) : Controller
{
    /// <summary>A refusal re-shows the draft page with everything typed and the reason beside the form.</summary>
    [HttpPost("/consultations/{slug}/comments")]
    [EnableRateLimiting(CommentsWebModule.CommentRateLimit)]
    [RequestSizeLimit(64 * 1024)]
    public async Task<IActionResult> Create(string slug, CommentForm form, CancellationToken ct)
    {
        string? error = null;
        if (!string.IsNullOrEmpty(form.Website)) error = strings["comment.honeypot"];
        else if (await intake.PreviousReceiptAsync(slug, form.IdempotencyKey, ct) is { } previous) return ToReceipt(previous);
        else if (!ModelState.IsValid) error = ModelState.Values.SelectMany(v => v.Errors).First().ErrorMessage;
        else if (await captcha.VerifyAsync(form.Captcha, ClientAddress, "comment", ct) is { Ok: false } failed)
            error = strings[failed.FailureKey!];
        else
        {
            try
            {
                return ToReceipt(await intake.ReceiveAsync(slug, form.ToDraft(), ct));
            }
            catch (DomainException e) when (e.MessageKey == "consultation.not_found")
            {
                return NotFound();
            }
            catch (DomainException e)
            {
                error = strings[e.MessageKey, [.. e.Arguments]];
            }
        }
        var model = await pages.BuildAsync(slug, null, null, null, form, ct);
        if (model is null) return NotFound();
        ModelState.Clear();
        ModelState.AddModelError(nameof(CommentForm.Body), error);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Views/Consultations/Show.cshtml", model);
    }

    private RedirectToActionResult ToReceipt(CommentReceipt receipt) =>
        RedirectToAction(nameof(ReceiptsController.Show), "Receipts", new { code = receipt.Code, @new = 1 });

    private string ClientAddress => HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";
}
