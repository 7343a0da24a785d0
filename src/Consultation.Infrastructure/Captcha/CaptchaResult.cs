namespace Consultation.Infrastructure.Captcha;

/// <summary>Pass, or the message key the web layer localises (one of <see cref="CaptchaFailure"/>).</summary>
public sealed record CaptchaResult
{
    private CaptchaResult(string? failureKey) => FailureKey = failureKey;

    public static CaptchaResult Passed { get; } = new((string?)null);

    public string? FailureKey { get; }

    public bool Ok => FailureKey is null;

    public static CaptchaResult Failed(string failureKey) => new(failureKey);
}
