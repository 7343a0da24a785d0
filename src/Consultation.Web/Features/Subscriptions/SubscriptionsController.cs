using Consultation.Core;
using Consultation.Core.Subscriptions;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Subscriptions;
using Consultation.Web.Features.Caching;
using Consultation.Web.Features.Captcha;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Subscriptions;

/// <summary>
/// Subscriptions by e-mail, no account: the form (protected like the comment form), the confirmation link and the
/// unsubscribe link. The form always answers "check your mailbox", whoever the address belongs to. Links from a mail
/// open a page with a button; the unsubscribe POST also serves mail clients' RFC 8058 one-click requests, which carry
/// no antiforgery token, so that one endpoint is exempt: its token is its authentication.
/// </summary>
[AllowAnonymous]
public sealed class SubscriptionsController(SubscriptionDesk desk, PublicFormGuard guard,
    IStringLocalizer<SharedStrings> strings) : Controller
{
    [HttpGet("/subscribe")]
    public async Task<IActionResult> New(int? consultation, string? topic, CancellationToken ct)
    {
        var title = await desk.ConsultationTitleAsync(consultation, ct);
        var form = new SubscribeForm
        {
            Topic = title is not null ? nameof(SubscriptionTopic.Consultation) : topic,
            Consultation = title is null ? null : consultation,
        };
        return View("Subscribe", new SubscribePage(form, title));
    }

    /// <summary>A refusal shows the form again with the address kept and the reason above it (400).</summary>
    [HttpPost("/subscribe")]
    [PublicForm]
    [EnableRateLimiting(CaptchaWebModule.PublicFormRateLimit)]
    [RequestSizeLimit(64 * 1024)]
    public async Task<IActionResult> Create(SubscribeForm form, CancellationToken ct)
    {
        var title = await desk.ConsultationTitleAsync(form.Consultation, ct);
        return await guard.SubmitAsync(this, new PublicSubmission(form.Website, form.Captcha, "subscribe",
            () => Task.FromResult<string?>(null),
            async () =>
            {
                await desk.RequestAsync(form.ToRequest(), ct);
                return "";
            },
            _ => RedirectToAction(nameof(Sent)), () => View("Subscribe", new SubscribePage(form, title))), ct);
    }

    [HttpGet("/subscribe/sent")]
    public IActionResult Sent() => View("CheckMailbox");

    [HttpGet("/subscribe/confirm/{token}")]
    public async Task<IActionResult> Confirmation(string token, CancellationToken ct) =>
        await desk.ConfirmationAsync(token, ct) is { } subscription
            ? View(subscription.State == SubscriptionState.Confirmed ? "Confirmed" : "Confirm",
                new SubscriptionLinkPage(token, subscription))
            : LinkNotFound();

    [HttpPost("/subscribe/confirm/{token}")]
    public async Task<IActionResult> Confirm(string token, CancellationToken ct)
    {
        if (await desk.ConfirmationAsync(token, ct) is not { } subscription) return LinkNotFound();
        try
        {
            await desk.ConfirmAsync(token, ct);
            return View("Confirmed", new SubscriptionLinkPage(token, subscription));
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", strings[e.MessageKey, [.. e.Arguments]].Value);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Confirm", new SubscriptionLinkPage(token, subscription));
        }
    }

    [HttpGet("/unsubscribe/{token}")]
    public async Task<IActionResult> Unsubscription(string token, CancellationToken ct) =>
        await desk.UnsubscriptionAsync(token, ct) is { } subscription
            ? View(subscription.State == SubscriptionState.Unsubscribed ? "Unsubscribed" : "Unsubscribe",
                new SubscriptionLinkPage(token, subscription))
            : LinkNotFound();

    /// <summary>The button on the page, and a mail client's one-click POST (<c>List-Unsubscribe=One-Click</c>).</summary>
    [HttpPost("/unsubscribe/{token}")]
    [IgnoreAntiforgeryToken]
    [RequestSizeLimit(16 * 1024)]
    public async Task<IActionResult> Unsubscribe(string token, CancellationToken ct)
    {
        if (await desk.UnsubscriptionAsync(token, ct) is not { } subscription) return LinkNotFound();
        try
        {
            await desk.UnsubscribeAsync(token, ct);
        }
        catch (ItemNotFoundException)
        {
            return LinkNotFound();
        }
        return View("Unsubscribed", new SubscriptionLinkPage(token, subscription));
    }

    private ViewResult LinkNotFound()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("LinkNotFound");
    }
}
