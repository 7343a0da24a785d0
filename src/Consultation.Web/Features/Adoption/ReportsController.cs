using Consultation.Infrastructure.Adoption;
using Consultation.Infrastructure.Consultations;
using Consultation.Infrastructure.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Adoption;

/// <summary>
/// The published adoption report (意见采纳情况) and the draft→final redline of a consultation: the newest version, or
/// an earlier one (<c>?version=N</c>) that a correction replaced, which stays readable.
/// </summary>
[AllowAnonymous]
public sealed class ReportsController(PublicConsultationQueries consultations, FeedbackReportQueries reports,
    DecisionRecords records) : Controller
{
    [HttpGet("/consultations/{slug}/report")]
    public async Task<IActionResult> Show(string slug, int? version, CancellationToken ct)
    {
        var contents = await PublishedAsync(slug, version, ct);
        if (contents is null) return NotFound();
        ViewData["PerClause"] = await records.ConsultationAsync(contents.Consultation, "", version, ct);
        return View("Report", contents);
    }

    [HttpGet("/consultations/{slug}/redline")]
    public async Task<IActionResult> Redline(string slug, int? version, CancellationToken ct)
    {
        var contents = await PublishedAsync(slug, version, ct);
        if (contents?.Version is not { FinalTextMarkdown.Length: > 0 } published) return NotFound();
        ViewData["Contents"] = contents;
        ViewData["PerClause"] = await records.ConsultationAsync(contents.Consultation, "", version, ct);
        return View("Redline", RedlineBuilder.Build(contents.Consultation.DraftMarkdown, published.FinalTextMarkdown));
    }

    private async Task<ReportContents?> PublishedAsync(string slug, int? version, CancellationToken ct)
    {
        var detail = await consultations.DetailAsync(slug, ct);
        return detail is null ? null : await reports.PublishedAsync(detail.Consultation.Id, version, ct);
    }
}
