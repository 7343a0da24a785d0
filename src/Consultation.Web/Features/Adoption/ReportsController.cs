using Consultation.Infrastructure.Adoption;
using Consultation.Infrastructure.Consultations;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Adoption;

/// <summary>
/// The published adoption report (意见采纳情况) and the draft→final redline of a consultation: the newest version, or
/// an earlier one (<c>?version=N</c>) that a correction replaced, which stays readable.
/// </summary>
public sealed class ReportsController(PublicConsultationQueries consultations, FeedbackReportQueries reports) : Controller
{
    [HttpGet("/consultations/{slug}/report")]
    public async Task<IActionResult> Show(string slug, int? version, CancellationToken ct)
    {
        var contents = await PublishedAsync(slug, version, ct);
        return contents is null ? NotFound() : View("Report", contents);
    }

    [HttpGet("/consultations/{slug}/redline")]
    public async Task<IActionResult> Redline(string slug, int? version, CancellationToken ct)
    {
        var contents = await PublishedAsync(slug, version, ct);
        if (contents?.Version is not { FinalTextMarkdown.Length: > 0 } published) return NotFound();
        ViewData["Contents"] = contents;
        return View("Redline", RedlineBuilder.Build(contents.Consultation.DraftMarkdown, published.FinalTextMarkdown));
    }

    private async Task<ReportContents?> PublishedAsync(string slug, int? version, CancellationToken ct)
    {
        var detail = await consultations.DetailAsync(slug, ct);
        return detail is null ? null : await reports.PublishedAsync(detail.Consultation.Id, version, ct);
    }
}
