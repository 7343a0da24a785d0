namespace Consultation.Web.Features.Records.Downloads;

/// <summary>A built yearly ZIP: where it lies, its size in bytes, its SHA-256 (lower-case hex) and when it was built.</summary>
public sealed record YearFile(int Year, string Path, long Size, string Sha256, DateTimeOffset BuiltAt)
{
    /// <summary>The name a browser saves it under.</summary>
    public string DownloadName => $"consultation-open-data-{Year}.zip";

    public string Url => $"/open-data/downloads/{Year}.zip";
}
