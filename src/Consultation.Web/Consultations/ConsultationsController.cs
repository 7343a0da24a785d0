using Consultation.Core;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Captcha;
using Consultation.Infrastructure.Comments;
using Consultation.Infrastructure.Consultations;
using Consultation.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Consultations;

/// <summary>Drafts open for comment: the list, the draft page with its comment form, and comment intake.</summary>
public sealed class ConsultationsController(
    PublicConsultationQueries queries,
    CommentIntake intake,
    ICaptchaVerifier captcha,
    IOptions<ConsultationRules> rules,
    TimeProvider clock,
    IStringLocalizer<SharedStrings> strings) : Controller
{
    public const int CommentPageSize = 20;

    [HttpGet("/consultations")]
    public async Task<IActionResult> Index(ConsultationStatus? status, int? year, int page = 1, CancellationToken ct = default)
    {
        ViewData["Status"] = status;
        ViewData["Year"] = year;
        return View(await queries.ListAsync(status, year, page, 20, clock.GetUtcNow(), ct));
    }

    [HttpGet("/consultations/{slug}")]
    public async Task<IActionResult> Show(string slug, string? clause, long? after, string? order, CancellationToken ct)
    {
        var model = await BuildPageAsync(slug, clause, after, order, new CommentForm { IdempotencyKey = NewKey() }, ct);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>Stores a comment and sends the citizen to the receipt. A refusal re-shows the page with everything typed.</summary>
    [HttpPost("/consultations/{slug}/comments")]
    [EnableRateLimiting(ConsultationServiceCollectionExtensions.CommentRateLimit)]
    [RequestSizeLimit(64 * 1024)]
    public async Task<IActionResult> Comment(string slug, CommentForm form, CancellationToken ct)
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
        var model = await BuildPageAsync(slug, null, null, null, form, ct);
        if (model is null) return NotFound();
        ModelState.Clear();
        ModelState.AddModelError(nameof(CommentForm.Body), error);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Show", model);
    }

    private async Task<ConsultationPage?> BuildPageAsync(string slug, string? clause, long? after, string? order,
        CommentForm form, CancellationToken ct)
    {
        var detail = await queries.DetailAsync(slug, ct);
        if (detail is null) return null;
        var oldestFirst = order == "oldest";
        var comments = await queries.CommentsAsync(detail.Consultation.Id, clause, after, oldestFirst, CommentPageSize, ct);
        return new ConsultationPage(detail, comments, clause, oldestFirst, form, clock.GetUtcNow(), rules.Value);
    }

    private RedirectToActionResult ToReceipt(CommentReceipt receipt) =>
        RedirectToAction("Show", "Receipts", new { code = receipt.Code, @new = 1 });

    private string ClientAddress => HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
