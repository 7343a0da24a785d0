using Consultation.Web.Hosting.Throttling;
using Microsoft.AspNetCore.RateLimiting;
using Consultation.Core;
using Consultation.Infrastructure.Comments;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Comments;

/// <summary>
/// Open data: the comments already public on a published consultation, anonymised (see
/// <see cref="PublicCommentRecord"/>), as CSV for spreadsheets and JSON for programs.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(ThrottlingWebModule.LookupPolicy)]
public sealed class PublicCommentExportController(CommentExportQueries queries, IStringLocalizer<SharedStrings> strings)
    : Controller
{
    [HttpGet("/consultations/{slug}/comments.csv")]
    public async Task<IActionResult> Csv(string slug, CancellationToken ct)
    {
        var consultation = await queries.PublishedConsultationAsync(slug, ct);
        if (consultation is null) return NotFound();
        var records = await RecordsAsync(consultation.Id, ct);
        return await ExportFiles.CsvAsync($"{consultation.Slug}-comments.csv", PublicCommentRecord.Header(strings),
            records.Select(r => r.Cells(strings)), ct);
    }

    [HttpGet("/consultations/{slug}/comments.json")]
    public async Task<IActionResult> Json(string slug, CancellationToken ct)
    {
        var consultation = await queries.PublishedConsultationAsync(slug, ct);
        if (consultation is null) return NotFound();
        var records = await RecordsAsync(consultation.Id, ct);
        return ExportFiles.JsonFile($"{consultation.Slug}-comments.json", new
        {
            consultation = new
            {
                consultation.Slug,
                consultation.Title,
                OpensAt = consultation.Window.OpensAt.ToShanghai(),
                ClosesAt = consultation.Window.ClosesAt.ToShanghai(),
            },
            comments = records,
        });
    }

    private async Task<List<PublicCommentRecord>> RecordsAsync(int consultationId, CancellationToken ct) =>
        (await queries.PublicAsync(consultationId, ct)).Select(c => PublicCommentRecord.From(c, strings)).ToList();
}
