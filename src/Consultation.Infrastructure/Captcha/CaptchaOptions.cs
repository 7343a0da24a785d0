namespace Consultation.Infrastructure.Captcha;

/// <summary>Settings under <c>Captcha</c>: which provider guards public forms, and each provider's own settings.</summary>
public sealed class CaptchaOptions
{
    public const string Section = "Captcha";
    public const string ProofOfWorkProvider = "ProofOfWork";
    public const string RecaptchaProvider = "Recaptcha";

    /// <summary><c>ProofOfWork</c> (default: self-hosted, nothing foreign loaded) or <c>Recaptcha</c>.</summary>
    public string Provider { get; set; } = ProofOfWorkProvider;

    public ProofOfWorkOptions ProofOfWork { get; set; } = new();

    public RecaptchaOptions Recaptcha { get; set; } = new();

    public bool UsesRecaptcha => string.Equals(Provider, RecaptchaProvider, StringComparison.OrdinalIgnoreCase);

    public bool IsKnownProvider =>
        UsesRecaptcha || string.Equals(Provider, ProofOfWorkProvider, StringComparison.OrdinalIgnoreCase);
}
