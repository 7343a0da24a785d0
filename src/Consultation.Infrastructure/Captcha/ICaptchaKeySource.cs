namespace Consultation.Infrastructure.Captcha;

/// <summary>The HMAC key that signs proof-of-work challenges; an abstraction so unit tests need no database.</summary>
public interface ICaptchaKeySource
{
    byte[] Key { get; }
}
