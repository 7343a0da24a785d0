namespace Consultation.Infrastructure.Captcha;

/// <summary>
/// A checked answer not yet marked spent: the caller stores it with <see cref="SingleUseTokens.SpendInAsync"/> in the
/// transaction of the submission it paid for, so the two commit together (see
/// <see cref="ICaptchaVerifier.VerifyForOwnTransactionAsync"/>). <see cref="Key"/> is the stored hash, never the answer.
/// </summary>
public sealed record CaptchaSpend(string Key, DateTimeOffset KeepUntil);
