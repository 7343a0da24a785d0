namespace Consultation.Infrastructure.Captcha;

/// <summary>Settings under <c>Captcha:Recaptcha</c>, used only when an operator chooses Google reCAPTCHA.</summary>
public sealed class RecaptchaOptions
{
    /// <summary>
    /// Host serving the widget and the verification API. <c>www.recaptcha.net</c> answers in mainland China where
    /// <c>www.google.com</c> does not. A full base address (<c>http://127.0.0.1:5000</c>) is accepted for a local
    /// fake endpoint or an egress proxy.
    /// </summary>
    public string Host { get; set; } = "www.recaptcha.net";

    public string SiteKey { get; set; } = "";

    public string Secret { get; set; } = "";

    /// <summary>2 (checkbox widget) or 3 (invisible, scored).</summary>
    public int Version { get; set; } = 3;

    /// <summary>v3 only: answers scored below this are refused (Google's scale runs from 0.0 bot to 1.0 human).</summary>
    public double MinimumScore { get; set; } = 0.5;

    /// <summary>Host names of this site; a token solved on any other site is refused.</summary>
    public string[] AllowedHostnames { get; set; } = [];

    /// <summary>Tokens are solved just before submit, so an older one was kept back or stolen.</summary>
    public int MaxChallengeAgeSeconds { get; set; } = 120;

    /// <summary>A slow verification API must not hold the reader's request for long.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Extra script sources the widget loads its code from, added to the page's content security policy.</summary>
    public string ContentSecurityPolicySources { get; set; } = "https://www.gstatic.com https://www.gstatic.cn";

    /// <summary>Scheme and host, e.g. <c>https://www.recaptcha.net</c>.</summary>
    public Uri Origin => new(Host.Contains("://", StringComparison.Ordinal) ? Host : "https://" + Host);

    public Uri VerificationEndpoint => new(Origin, "/recaptcha/api/siteverify");

    public Uri WidgetScript => new(Origin, Version == 2
        ? "/recaptcha/api.js"
        : "/recaptcha/api.js?render=" + Uri.EscapeDataString(SiteKey));
}
