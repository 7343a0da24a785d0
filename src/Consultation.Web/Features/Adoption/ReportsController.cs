using Consultation.Core;
using Consultation.Infrastructure.Adoption;
using Consultation.Infrastructure.Consultations;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Adoption;

/// <summary>The published adoption report (意见采纳情况) and the draft→final redline of a consultation.</summary>
public sealed class ReportsController(PublicConsultationQueries consultations, FeedbackReportQueries reports) : Controller
{
    [HttpGet("/consultations/{slug}/report")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var contents = await PublishedAsync(slug, ct);
        return contents is null ? NotFound() : View("Report", contents);
    }

    [HttpGet("/consultations/{slug}/redline")]
    public async Task<IActionResult> Redline(string slug, CancellationToken ct)
    {
        var contents = await PublishedAsync(slug, ct);
        if (contents?.Report is not { FinalTextMarkdown.Length: > 0 } report) return NotFound();
        ViewData["Contents"] = contents;
        return View("Redline", RedlineBuilder.Build(contents.Consultation.DraftMarkdown, report.FinalTextMarkdown));
    }

    private async Task<ReportContents?> PublishedAsync(string slug, CancellationToken ct)
    {
        var detail = await consultations.DetailAsync(slug, ct);
        if (detail is null) return null;
        var contents = await reports.ContentsAsync(detail.Consultation.Id, i => DateOnly.FromDateTime(i.ToShanghai().DateTime), ct);
        return contents?.Report?.IsPublished == true ? contents : null;
    }
}
