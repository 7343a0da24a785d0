using Consultation.Core.Media;

namespace Consultation.Web.Features.Media;

/// <summary>The public addresses of a media file and its renditions, as <see cref="MediaFilesController"/> serves them.</summary>
public static class MediaLinks
{
    public static string Original(MediaAsset asset) => $"/media/{asset.StoredName}";

    public static string Rendition(MediaAsset asset, int width) => $"/media/{asset.StoredName}/{width}.webp";

    /// <summary>The smallest rendition, or the original when the image is already small: for thumbnails.</summary>
    public static string Thumbnail(MediaAsset asset) =>
        asset.Widths.Count > 0 ? Rendition(asset, asset.Widths[0]) : Original(asset);

    /// <summary>For <c>srcset</c>: every WebP rendition plus the original at its own width.</summary>
    public static string SourceSet(MediaAsset asset) =>
        string.Join(", ", asset.Widths.Select(w => $"{Rendition(asset, w)} {w}w")
            .Append($"{Original(asset)} {asset.Width}w"));
}
