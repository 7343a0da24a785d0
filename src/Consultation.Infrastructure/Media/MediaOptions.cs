namespace Consultation.Infrastructure.Media;

/// <summary>The <c>Media</c> section: where uploads live and how large they may be.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>Used when <see cref="VariantWidths"/> is not configured: phone, small tablet, laptop, wide screen.</summary>
    public static IReadOnlyList<int> DefaultVariantWidths { get; } = [320, 640, 1024, 1600];

    /// <summary>Folder for the files; relative paths are resolved against the site root. Empty: App_Data/media.</summary>
    public string Root { get; set; } = "";

    /// <summary>Largest upload accepted, in bytes (20 MB: a scanned A4 PDF of ~50 pages, or a camera photo).</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>
    /// Largest image accepted, in pixels, checked from the header before decoding: a 40-megapixel RGBA image already
    /// needs 160 MB of memory, and a tiny PNG can claim to be far bigger (a decompression bomb).
    /// </summary>
    public long MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>
    /// Widths of the WebP renditions. Empty here on purpose: the configuration binder appends to a non-empty default
    /// array instead of replacing it, so the defaults live in <see cref="DefaultVariantWidths"/>.
    /// </summary>
    public int[] VariantWidths { get; set; } = [];

    public int JpegQuality { get; set; } = 85;

    public int WebpQuality { get; set; } = 80;

    public IReadOnlyList<int> EffectiveVariantWidths =>
        VariantWidths.Length > 0 ? VariantWidths : DefaultVariantWidths;

    /// <summary>For messages: the upload limit in whole megabytes.</summary>
    public long MaxUploadMegabytes => MaxUploadBytes / (1024 * 1024);
}
