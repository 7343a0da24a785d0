namespace Consultation.Infrastructure.Captcha;

/// <summary>
/// A captcha answer already used, by the hash of its token: the table's primary key makes "spend" atomic across nodes
/// and restarts. Kept until the answer would have expired anyway, then <see cref="SpentAnswerCleanup"/> removes it.
/// </summary>
public sealed class SpentCaptchaAnswer
{
    public const int KeyLength = 64;

    public SpentCaptchaAnswer(string key, long expiresAtUnixSeconds)
    {
        Key = key;
        ExpiresAtUnixSeconds = expiresAtUnixSeconds;
    }

    public string Key { get; private set; }

    /// <summary>Unix seconds rather than a date: the insert is raw SQL (ON CONFLICT DO NOTHING) on both providers.</summary>
    public long ExpiresAtUnixSeconds { get; private set; }
}
