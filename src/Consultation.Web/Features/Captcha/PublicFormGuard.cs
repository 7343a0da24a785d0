using Consultation.Core;
using Consultation.Infrastructure.Captcha;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Captcha;

/// <summary>
/// The one submission path of a public form other than comments (a disclosure request, a message), as the comment
/// form does it: a retry of a stored submission gets its receipt again; otherwise the honeypot, the form's limits and
/// the anti-automation answer are checked before the intake runs. A refusal shows the form again, everything typed
/// kept, with the reason in the reader's language and a 400.
/// </summary>
public sealed class PublicFormGuard(ICaptchaVerifier captcha, IStringLocalizer<SharedStrings> strings)
{
    /// <summary>A fresh idempotency key for a new form, so a double submit stores one item.</summary>
    public static string NewKey() => Guid.NewGuid().ToString("N");

    public async Task<IActionResult> SubmitAsync(Controller controller, PublicSubmission submission, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(submission.Honeypot) && await submission.PreviousCode() is { } previous)
            return submission.ToStatus(previous);
        var error = await RefusalAsync(controller, submission, ct);
        if (error is null)
        {
            try
            {
                return submission.ToStatus(await submission.Receive());
            }
            catch (DomainException e)
            {
                error = strings[e.MessageKey, [.. e.Arguments]].Value;
            }
        }
        controller.ModelState.Clear();
        controller.ModelState.AddModelError("", error);
        controller.Response.StatusCode = StatusCodes.Status400BadRequest;
        return submission.FormAgain();
    }

    private async Task<string?> RefusalAsync(Controller controller, PublicSubmission submission, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(submission.Honeypot)) return strings["comment.honeypot"].Value;
        // A form-wide reason (a missing security code) before any one field's: it is what to fix first.
        if (!controller.ModelState.IsValid)
            return controller.ModelState.OrderBy(e => e.Key.Length > 0).SelectMany(e => e.Value!.Errors).First().ErrorMessage;
        var address = controller.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";
        var result = await captcha.VerifyAsync(submission.CaptchaAnswer, address, submission.Action, ct);
        return result.Ok ? null : strings[result.FailureKey!].Value;
    }
}
