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

    /// <summary>
    /// The same check, but where the answer can be marked spent inside the caller's own database transaction it is
    /// left unspent and handed back in <see cref="CaptchaResult.Spend"/>: the comment form's group commit then stores
    /// every spent answer of a batch with its comments, instead of one write transaction per request competing for
    /// the database's write lock. Where it cannot (reCAPTCHA, whose token Google has already seen; spent answers kept
    /// in Redis), it is spent now exactly as <see cref="VerifyAsync"/> does and no spend is returned.
    /// </summary>
    Task<CaptchaResult> VerifyForOwnTransactionAsync(string? response, string remoteIp, string expectedAction,
        CancellationToken ct);
}
