using Consultation.Web.Hosting;
using Consultation.Core;
using Consultation.Infrastructure.Media;
using Consultation.Web.Features.Accounts;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Media.Admin;

/// <summary>The media library: upload images and documents, see what is there, copy a link into an article.</summary>
[Route("admin/media")]
[Authorize(Policy = BackOfficePolicies.Editor)]
public sealed class MediaController(MediaLibrary library, IStringLocalizer<SharedStrings> strings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default)
    {
        ViewData["Page"] = await library.PageAsync(page, ct);
        return View(new MediaUploadForm());
    }

    /// <summary>Stores the upload and shows it; a refused file comes back to the form with the reason, nothing stored.</summary>
    [HttpPost("")]
    [UploadEndpoint]
    public async Task<IActionResult> Upload(MediaUploadForm form, CancellationToken ct)
    {
        if (form.File is null) ModelState.AddModelError(nameof(form.File), strings["media.file_required"]);
        if (ModelState.IsValid)
        {
            try
            {
                await using var content = form.File!.OpenReadStream();
                var upload = new MediaUpload(content, form.File.FileName, form.AltText);
                var asset = await library.UploadAsync(upload, User.Identity?.Name ?? "", ct);
                return RedirectToAction(nameof(Show), new { id = asset.Id });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError("", strings[e.MessageKey, [.. e.Arguments]]);
            }
        }
        ViewData["Page"] = await library.PageAsync(1, ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index), form);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var asset = await library.FindAsync(id, ct);
        return asset is null ? NotFound() : View(asset);
    }
}
