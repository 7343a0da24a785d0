namespace Consultation.Web.Features.Records.Downloads;

/// <summary>The <c>Downloads</c> section.</summary>
public sealed class DownloadOptions
{
    public const string Section = "Downloads";

    /// <summary>This node's folder of built yearly ZIPs (relative to the site root); a cache, safe to delete.</summary>
    public string Path { get; set; } = "App_Data/downloads";
}
