using Consultation.Core.Media;
using Consultation.Infrastructure.Media;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Consultation.Web.Features.Media;

/// <summary>
/// Serves media library files. The type comes from our own inspection, never from the upload; browsers are told not
/// to guess (nosniff); documents are always downloads, so nothing but our re-encoded images renders on our origin.
/// </summary>
[AllowAnonymous]
public sealed class MediaFilesController(MediaLibrary library, MediaFileStore store) : Controller
{
    /// <summary>Stored names are random and files never change under a name, so caches may keep them for a year.</summary>
    private const string Immutable = "public, max-age=31536000, immutable";

    [AcceptVerbs("GET", "HEAD", Route = "/media/{storedName}")]
    public async Task<IActionResult> Original(string storedName, CancellationToken ct)
    {
        var asset = await library.FindAsync(storedName, ct);
        var content = asset is null ? null : store.OpenRead(asset.StoredName);
        if (asset is null || content is null) return NotFound();

        Protect();
        var tag = new EntityTagHeaderValue($"\"{asset.Sha256}\"");
        return asset.Kind == MediaKind.Image
            ? File(content, asset.ContentType, asset.UploadedAt, tag)
            // FileDownloadName makes this "attachment; filename=…; filename*=UTF-8''…" (RFC 5987) for Chinese names.
            : File(content, asset.ContentType, asset.OriginalName, asset.UploadedAt, tag, enableRangeProcessing: true);
    }

    [AcceptVerbs("GET", "HEAD", Route = "/media/{storedName}/{width:int}.webp")]
    public async Task<IActionResult> Rendition(string storedName, int width, CancellationToken ct)
    {
        var asset = await library.FindAsync(storedName, ct);
        var content = asset is { Kind: MediaKind.Image } && asset.Widths.Contains(width)
            ? store.OpenRead(MediaFileStore.RenditionName(asset.StoredName, width))
            : null;
        if (asset is null || content is null) return NotFound();

        Protect();
        return File(content, "image/webp", asset.UploadedAt, new EntityTagHeaderValue($"\"{asset.Sha256}-{width}\""));
    }

    private void Protect()
    {
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = Immutable;
    }
}
