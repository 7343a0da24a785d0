using Consultation.Infrastructure.Comments;
using Consultation.Infrastructure.Database;
using Consultation.Web.Exports;
using Consultation.Web.Extensions;
using Consultation.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Admin;

/// <summary>Every comment of a consultation, contacts included, for the department's own analysis. Editors only.</summary>
[Route("admin/consultations/{id:int}")]
[Authorize(Policy = BackOfficePolicies.Editor)]
public sealed class CommentExportController(
    ConsultationDbContext db,
    CommentExportQueries queries,
    IStringLocalizer<SharedStrings> strings) : Controller
{
    [HttpGet("comments.csv")]
    public async Task<IActionResult> Csv(int id, CancellationToken ct)
    {
        var slug = await SlugOf(id, ct);
        if (slug is null) return NotFound();
        var records = (await queries.AllAsync(id, ct)).Select(EditorCommentRecord.From);
        return await ExportFiles.CsvAsync($"{slug}-comments.csv", EditorCommentRecord.Header(strings),
            records.Select(r => r.Cells(strings)), ct);
    }

    [HttpGet("comments.json")]
    public async Task<IActionResult> Json(int id, CancellationToken ct)
    {
        var slug = await SlugOf(id, ct);
        if (slug is null) return NotFound();
        var records = (await queries.AllAsync(id, ct)).Select(EditorCommentRecord.From).ToList();
        return ExportFiles.JsonFile($"{slug}-comments.json", new { consultation = slug, comments = records });
    }

    private Task<string?> SlugOf(int id, CancellationToken ct) =>
        db.Consultations.Where(c => c.Id == id).Select(c => c.Slug).SingleOrDefaultAsync(ct);
}
