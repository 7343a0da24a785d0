using QRCoder;

namespace Consultation.Web.Features.Accounts;

/// <summary>
/// The enrolment QR code, drawn here as a PNG data address: the shared key never leaves the site for a chart service,
/// and the page's content security policy already allows <c>data:</c> images.
/// </summary>
public static class AuthenticatorQrCode
{
    public static string PngDataAddress(string otpauthAddress)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthAddress, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
