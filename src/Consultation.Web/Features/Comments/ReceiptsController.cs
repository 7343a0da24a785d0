using Consultation.Web.Hosting.Throttling;
using Microsoft.AspNetCore.RateLimiting;
using Consultation.Infrastructure.Comments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Comments;

/// <summary>Where citizens check what became of their comment, by receipt code.</summary>
[AllowAnonymous]
[EnableRateLimiting(ThrottlingWebModule.LookupPolicy)]
public sealed class ReceiptsController(ReceiptLookup lookup, Infrastructure.Adoption.FeedbackReportQueries reports) : Controller
{
    [HttpGet("/receipt")]
    public IActionResult Lookup(string? code) =>
        string.IsNullOrWhiteSpace(code) ? View("ReceiptLookup") : RedirectToAction(nameof(Show), new { code = code.Trim() });

    [HttpGet("/receipt/{code}")]
    public async Task<IActionResult> Show(string code, int? @new, CancellationToken ct)
    {
        var found = await lookup.FindAsync(code, ct);
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
        if (found is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            ViewData["Code"] = code;
            return View("ReceiptNotFound");
        }
        ViewData["Code"] = code.Trim().ToUpperInvariant();
        ViewData["New"] = @new == 1;
        ViewData["Group"] = await reports.PublishedGroupOfAsync(found.Comment, ct);
        return View("Receipt", found);
    }
}
