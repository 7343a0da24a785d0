namespace Consultation.Infrastructure.Captcha;

/// <summary>
/// Why a CAPTCHA answer was refused. Each is a key in <c>Localization/Strings/captcha.json</c>, worded to tell the
/// person what to do next rather than what went wrong inside.
/// </summary>
public static class CaptchaFailure
{
    public const string Missing = "captcha.missing";
    public const string Invalid = "captcha.invalid";
    public const string Expired = "captcha.expired";
    public const string Replayed = "captcha.replayed";
    public const string LowScore = "captcha.low_score";
    public const string WrongAction = "captcha.wrong_action";
    public const string WrongHostname = "captcha.wrong_hostname";
    public const string Unavailable = "captcha.unavailable";
}
