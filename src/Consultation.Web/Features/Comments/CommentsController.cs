using System.Globalization;
using Consultation.Core;
using Consultation.Core.Comments;
using Consultation.Core.Subscriptions;
using Consultation.Infrastructure.Captcha;
using Consultation.Infrastructure.Comments;
using Consultation.Infrastructure.Subscriptions;
using Consultation.Web.Features.Caching;
using Consultation.Web.Features.Consultations;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Comments;

/// <summary>Comment intake: stores a citizen's comment and sends them to the receipt.</summary>
[AllowAnonymous]
public sealed class CommentsController(
    CommentIntake intake,
    CommentQueue queue,
    IOptions<CommentIntakeOptions> intakeOptions,
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
    [PublicForm]
    [EnableRateLimiting(CommentsWebModule.CommentRateLimit)]
    // Far above the longest accepted comment (5,000 CJK characters are about 45 KB form-encoded), so an over-long text
    // is refused with a message and kept, rather than cut off by the request limit.
    [RequestSizeLimit(256 * 1024)]
    public async Task<IActionResult> Create(string slug, CommentForm form, CancellationToken ct)
    {
        var errors = new List<(string Field, string Message)>();
        CaptchaResult answer;
        if (!string.IsNullOrEmpty(form.Website)) errors.Add(("", strings["comment.honeypot"]));
        else if (await intake.PreviousReceiptAsync(slug, form.IdempotencyKey, ct) is { } previous) return ToReceipt(previous);
        else if (!ModelState.IsValid) errors.AddRange(FormRefusals(form));
        else if (form.NotifyOnReport && !Subscription.IsAddress(form.Contact))
            errors.Add((nameof(CommentForm.Contact), strings["subscription.comment_needs_email"]));
        else if ((answer = await captcha.VerifyForOwnTransactionAsync(form.Captcha, ClientAddress, "comment", ct)) is
                 { Ok: false })
            errors.Add((CommentForm.SubmitField, strings[answer.FailureKey!]));
        else
        {
            // Queued for the group-commit writer; the receipt comes once the batch holding it has committed. The
            // answer is marked spent in that same transaction: no write of its own per request.
            if (queue.TryEnqueue(slug, form.ToDraft(), answer.Spend) is not { } pending) return await BusyAsync(slug, form, ct);
            try
            {
                // Not cancelled with the request: the comment is stored even if the reader has gone, and their retry
                // (same idempotency key) gets this receipt.
                var receipt = await pending.Receipt;
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
        return await RefusedAsync(slug, form, errors, StatusCodes.Status400BadRequest, ct);
    }

    /// <summary>
    /// The queue is full (a flash crowd): 503 with <c>Retry-After</c>, and the page comes back with everything typed and
    /// the reason in the error summary, so pressing submit again later is all it takes. Nothing was stored.
    /// </summary>
    private async Task<IActionResult> BusyAsync(string slug, CommentForm form, CancellationToken ct)
    {
        var retryAfter = Math.Max(1, intakeOptions.Value.RetryAfterSeconds);
        Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        return await RefusedAsync(slug, form, [(CommentForm.SubmitField, strings["comment.intake_busy", retryAfter])],
            StatusCodes.Status503ServiceUnavailable, ct);
    }

    private async Task<IActionResult> RefusedAsync(string slug, CommentForm form,
        IEnumerable<(string Field, string Message)> errors, int status, CancellationToken ct)
    {
        var model = await pages.BuildAsync(slug, null, null, null, form, ct);
        if (model is null) return NotFound();
        ModelState.Clear();
        foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
        Response.StatusCode = status;
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
