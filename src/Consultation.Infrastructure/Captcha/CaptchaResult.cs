namespace Consultation.Infrastructure.Captcha;

/// <summary>Pass, or the message key the web layer localises (one of <see cref="CaptchaFailure"/>).</summary>
public sealed record CaptchaResult
{
    private CaptchaResult(string? failureKey) => FailureKey = failureKey;

    public static CaptchaResult Passed { get; } = new((string?)null);

    public string? FailureKey { get; }

    public bool Ok => FailureKey is null;

    /// <summary>Passed, with the answer still to be marked spent by the caller (see <see cref="CaptchaSpend"/>).</summary>
    public CaptchaSpend? Spend { get; private init; }

    public static CaptchaResult PassedUnspent(CaptchaSpend spend) => new((string?)null) { Spend = spend };

    public static CaptchaResult Failed(string failureKey) => new(failureKey);
}
