namespace Consultation.Infrastructure.Captcha;

/// <summary>
/// Tells a person from a script before a public form is accepted. Pluggable so a site can swap the self-hosted
/// proof-of-work for reCAPTCHA (or a future provider) by configuration alone; callers only see pass or a message key.
/// </summary>
public interface ICaptchaVerifier
{
    /// <param name="response">The form's <c>captcha</c> field: an Altcha payload or a reCAPTCHA token.</param>
    /// <param name="remoteIp">The submitter's address, passed on to providers that use it.</param>
    /// <param name="expectedAction">The form's action name (reCAPTCHA v3 checks it; proof-of-work ignores it).</param>
    /// <param name="ct">Aborts the check when the request is abandoned.</param>
    Task<CaptchaResult> VerifyAsync(string? response, string remoteIp, string expectedAction, CancellationToken ct);
}
