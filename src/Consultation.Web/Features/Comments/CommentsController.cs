using Consultation.Core;
using Consultation.Core.Comments;
using Consultation.Core.Subscriptions;
using Consultation.Infrastructure.Captcha;
using Consultation.Infrastructure.Comments;
using Consultation.Infrastructure.Subscriptions;
using Consultation.Web.Features.Consultations;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Comments;

/// <summary>Comment intake: stores a citizen's comment and sends them to the receipt.</summary>
[AllowAnonymous]
public sealed class CommentsController(
    CommentIntake intake,
    ConsultationPages pages,
    ICaptchaVerifier captcha,
    SubscriptionDesk subscriptions,
    IStringLocalizer<SharedStrings> strings) : Controller
{
    /// <summary>
    /// A refusal re-shows the draft page with everything typed and each reason in the form's error summary, linked to
    /// its field; the form posts to <c>…/comments#comment-form</c>, so the re-shown page opens at the form.
    /// </summary>
    [HttpPost("/consultations/{slug}/comments")]
    [EnableRateLimiting(CommentsWebModule.CommentRateLimit)]
    // Far above the longest accepted comment (5,000 CJK characters are about 45 KB form-encoded), so an over-long text
    // is refused with a message and kept, rather than cut off by the request limit.
    [RequestSizeLimit(256 * 1024)]
    public async Task<IActionResult> Create(string slug, CommentForm form, CancellationToken ct)
    {
        var errors = new List<(string Field, string Message)>();
        if (!string.IsNullOrEmpty(form.Website)) errors.Add(("", strings["comment.honeypot"]));
        else if (await intake.PreviousReceiptAsync(slug, form.IdempotencyKey, ct) is { } previous) return ToReceipt(previous);
        else if (!ModelState.IsValid) errors.AddRange(FormRefusals(form));
        else if (form.NotifyOnReport && !Subscription.IsAddress(form.Contact))
            errors.Add((nameof(CommentForm.Contact), strings["subscription.comment_needs_email"]));
        else if (await captcha.VerifyAsync(form.Captcha, ClientAddress, "comment", ct) is { Ok: false } failed)
            errors.Add((CommentForm.SubmitField, strings[failed.FailureKey!]));
        else
        {
            try
            {
                var receipt = await intake.ReceiveAsync(slug, form.ToDraft(), ct);
                // The comment is stored: the opt-in (checked above) only adds a pending subscription to its receipt.
                if (form.NotifyOnReport) await subscriptions.RequestForCommentAsync(receipt.Code, form.Contact, ct);
                return ToReceipt(receipt);
            }
            catch (DomainException e) when (e.MessageKey == "consultation.not_found")
            {
                return NotFound();
            }
            catch (DomainException e)
            {
                errors.Add((CommentForm.FieldOf(e.MessageKey), strings[e.MessageKey, [.. e.Arguments]]));
            }
        }
        var model = await pages.BuildAsync(slug, null, null, null, form, ct);
        if (model is null) return NotFound();
        ModelState.Clear();
        foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Views/Consultations/Show.cshtml", model);
    }

    /// <summary>The form's own limits, an over-long text told by how much, so the reader knows what to cut.</summary>
    private IEnumerable<(string Field, string Message)> FormRefusals(CommentForm form)
    {
        foreach (var (field, entry) in ModelState)
        {
            if (field == nameof(CommentForm.Body) && form.Body is { Length: > Comment.MaxBodyLength } body)
            {
                yield return (field, strings["cux.body_too_long", body.Length, Comment.MaxBodyLength, body.Length - Comment.MaxBodyLength]);
                continue;
            }
            foreach (var error in entry.Errors) yield return (field, error.ErrorMessage);
        }
    }

    private RedirectToActionResult ToReceipt(CommentReceipt receipt) =>
        RedirectToAction(nameof(ReceiptsController.Show), "Receipts", new { code = receipt.Code, @new = 1 });

    private string ClientAddress => HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";
}
