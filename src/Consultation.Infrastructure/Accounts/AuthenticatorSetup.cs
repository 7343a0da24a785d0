namespace Consultation.Infrastructure.Accounts;

/// <summary>
/// What an authenticator app needs: the shared key (shown in groups of four for typing) and the <c>otpauth://</c>
/// address the QR code carries.
/// </summary>
public sealed record AuthenticatorSetup(string UserName, string SharedKey, string Address);
