namespace Consultation.Web.Hosting;

/// <summary>
/// The <c>RequestLimits</c> section: the largest body the site reads for an endpoint that declares no limit of its own
/// (<c>[RequestSizeLimit]</c> or the media upload). Enforced by <see cref="RequestGuard"/> whatever server runs the site.
/// </summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "RequestLimits";

    public long FormBytes { get; set; } = 1024 * 1024;

    /// <summary>Room for the other fields of the upload form beside the file itself.</summary>
    public long UploadOverheadBytes { get; set; } = 1024 * 1024;
}
