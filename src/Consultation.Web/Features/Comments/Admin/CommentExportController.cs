using Consultation.Infrastructure.Comments;
using Consultation.Web.Features.Accounts;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Comments.Admin;

/// <summary>Every comment of a consultation, contacts included, for the department's own analysis. Editors only.</summary>
[Route("admin/consultations/{id:int}")]
[Authorize(Policy = BackOfficePolicies.Editor)]
public sealed class CommentExportController(
    CommentExportQueries queries,
    IStringLocalizer<SharedStrings> strings) : Controller
{
    [HttpGet("comments.csv")]
    public async Task<IActionResult> Csv(int id, CancellationToken ct)
    {
        var slug = await queries.SlugOfAsync(id, ct);
        if (slug is null) return NotFound();
        var records = (await queries.AllAsync(id, ct)).Select(EditorCommentRecord.From);
        return await ExportFiles.CsvAsync($"{slug}-comments.csv", EditorCommentRecord.Header(strings),
            records.Select(r => r.Cells(strings)), ct);
    }

    [HttpGet("comments.json")]
    public async Task<IActionResult> Json(int id, CancellationToken ct)
    {
        var slug = await queries.SlugOfAsync(id, ct);
        if (slug is null) return NotFound();
        var records = (await queries.AllAsync(id, ct)).Select(EditorCommentRecord.From).ToList();
        return ExportFiles.JsonFile($"{slug}-comments.json", new { consultation = slug, comments = records });
    }
}
