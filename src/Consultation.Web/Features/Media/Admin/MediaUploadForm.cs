using System.ComponentModel.DataAnnotations;

namespace Consultation.Web.Features.Media.Admin;

/// <summary>What the upload form posts: one file and, for images, the text a screen reader reads instead.</summary>
public sealed class MediaUploadForm
{
    public IFormFile? File { get; set; }

    [StringLength(300, ErrorMessage = "media.alt_too_long")]
    public string? AltText { get; set; }
}
