using Consultation.Web.Hosting.Throttling;
using Consultation.Core.Disclosure;
using Consultation.Infrastructure.Disclosure;
using Consultation.Web.Features.Caching;
using Consultation.Web.Features.Captcha;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Disclosure;

/// <summary>
/// 依申请公开 for the public: how to apply, the request form (protected like the comment form) and the status page a
/// requester opens with the receipt code. No page shows the requester's name or contact details.
/// </summary>
[AllowAnonymous]
public sealed class DisclosureController(DisclosureIntake intake, DisclosureQueries queries, PublicFormGuard guard,
    IOptions<FeeSchedule> fees) : Controller
{
    [HttpGet("/disclosure")]
    public IActionResult Index() => View("Index", Page(new DisclosureForm { IdempotencyKey = PublicFormGuard.NewKey() }));

    /// <summary>A refusal shows the form again with everything typed and the reason above it (400).</summary>
    [HttpPost("/disclosure")]
    [PublicForm]
    [EnableRateLimiting(CaptchaWebModule.PublicFormRateLimit)]
    [RequestSizeLimit(64 * 1024)]
    public Task<IActionResult> Create(DisclosureForm form, CancellationToken ct) =>
        guard.SubmitAsync(this, new PublicSubmission(form.Website, form.Captcha, "disclosure",
            () => intake.PreviousReceiptAsync(form.IdempotencyKey, ct), () => intake.ReceiveAsync(form.ToDraft(), ct),
            code => RedirectToAction(nameof(Status), new { code, @new = 1 }), () => View("Index", Page(form))), ct);

    [HttpGet("/disclosure/status")]
    public IActionResult Lookup(string? code) =>
        string.IsNullOrWhiteSpace(code) ? View("StatusLookup") : RedirectToAction(nameof(Status), new { code = code.Trim() });

    [HttpGet("/disclosure/status/{code}")]
    [EnableRateLimiting(ThrottlingWebModule.LookupPolicy)]
    public Task<IActionResult> Status(string code, int? @new, CancellationToken ct) =>
        ReceiptPage.ShowAsync(this, code, @new, "/disclosure/status", () => intake.FindByCodeAsync(code, ct),
            async r => (object)await queries.RowOfAsync(r, ct));

    private DisclosurePage Page(DisclosureForm form) => new(form, queries.Rules, fees.Value);
}
