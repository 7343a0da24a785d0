using Consultation.Infrastructure.Accounts;

namespace Consultation.Web.Features.Accounts.Admin;

/// <summary>The authenticator to set up, its QR code as a PNG data address, and the code typed so far.</summary>
public sealed record EnrolmentPage(AuthenticatorSetup Setup, string QrCode, CodeForm Form);
