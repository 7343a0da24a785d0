using Consultation.Web.Hosting.Throttling;
using Consultation.Infrastructure.Messages;
using Consultation.Web.Features.Caching;
using Consultation.Web.Features.Captcha;
using Consultation.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Messages;

/// <summary>
/// 咨询留言 for the public: the list of published questions and answers, the form (protected like the comment form)
/// and the asker's status page, opened with the receipt code. No page shows the asker's name or contact.
/// </summary>
[AllowAnonymous]
public sealed class MessagesController(MessageQueries queries, MessageIntake intake, PublicFormGuard guard,
    IOptions<SiteOptions> site) : Controller
{
    [HttpGet("/messages")]
    public async Task<IActionResult> Index(string? cursor, CancellationToken ct = default) =>
        View("Index", await queries.PublishedAsync(cursor, site.Value.ListPageRows, ct));

    [HttpGet("/messages/new")]
    public IActionResult New(string? box) =>
        View("New", new MessageForm { Box = box, IdempotencyKey = PublicFormGuard.NewKey() });

    /// <summary>A refusal shows the form again with everything typed and the reason above it (400).</summary>
    [HttpPost("/messages/new")]
    [PublicForm]
    [EnableRateLimiting(CaptchaWebModule.PublicFormRateLimit)]
    [RequestSizeLimit(64 * 1024)]
    public Task<IActionResult> Create(MessageForm form, CancellationToken ct) =>
        guard.SubmitAsync(this, new PublicSubmission(form.Website, form.Captcha, "message",
            () => intake.PreviousReceiptAsync(form.IdempotencyKey, ct), () => intake.ReceiveAsync(form.ToDraft(), ct),
            code => RedirectToAction(nameof(Status), new { code, @new = 1 }), () => View("New", form)), ct);

    [HttpGet("/messages/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var message = await queries.PublishedOneAsync(id, ct);
        return message is null ? NotFound() : View("Show", message);
    }

    [HttpGet("/messages/status")]
    public IActionResult Lookup(string? code) =>
        string.IsNullOrWhiteSpace(code) ? View("StatusLookup") : RedirectToAction(nameof(Status), new { code = code.Trim() });

    [HttpGet("/messages/status/{code}")]
    [EnableRateLimiting(ThrottlingWebModule.LookupPolicy)]
    public Task<IActionResult> Status(string code, int? @new, CancellationToken ct) =>
        ReceiptPage.ShowAsync(this, code, @new, "/messages/status", () => intake.FindByCodeAsync(code, ct),
            async m => (object)await queries.RowOfAsync(m, ct));
}
