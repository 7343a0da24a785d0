using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Captcha;

/// <summary>
/// What a public form gives <see cref="PublicFormGuard.SubmitAsync"/>: its honeypot and anti-automation fields, the
/// action name, how to find an earlier copy's code and how to store it, where the status page is, and the form again.
/// </summary>
public sealed record PublicSubmission(
    string? Honeypot,
    string? CaptchaAnswer,
    string Action,
    Func<Task<string?>> PreviousCode,
    Func<Task<string>> Receive,
    Func<string, IActionResult> ToStatus,
    Func<IActionResult> FormAgain);
