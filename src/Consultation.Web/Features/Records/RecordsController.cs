using Microsoft.AspNetCore.Authorization;
using Consultation.Web.Hosting;
using Consultation.Web.Hosting.Throttling;
using Microsoft.AspNetCore.RateLimiting;
using System.IO.Compression;
using System.Text.Json;
using Consultation.Infrastructure.Records;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Records;

/// <summary>
/// The machine-readable record of one decision, linked from its page: JSON, and a ZIP of one CSV per table with the
/// same JSON beside them. See docs/decision-record.md.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(ThrottlingWebModule.LookupPolicy)]
public sealed class RecordsController(DecisionRecords records, RecordLabels labels, RecordTables tables) : Controller
{
    [HttpGet("/decisions/{id:int}/record.json")]
    public async Task<IActionResult> Json(int id, CancellationToken ct)
    {
        var record = await records.ForDecisionAsync(id, Origin, ct);
        if (record is null) return NotFound();
        return File(JsonSerializer.SerializeToUtf8Bytes(record, labels.Json), JsonContentType);
    }

    [HttpGet("/decisions/{id:int}/record.zip")]
    public async Task<IActionResult> Zip(int id, CancellationToken ct)
    {
        var record = await records.ForDecisionAsync(id, Origin, ct);
        if (record is null) return NotFound();
        using var buffer = new MemoryStream();
        await using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await RecordTables.AddAsync(zip, tables.Of([record]), "", ct);
            await using var json = await zip.CreateEntry("record.json", CompressionLevel.Optimal).OpenAsync(ct);
            await JsonSerializer.SerializeAsync(json, record, labels.Json, ct);
        }
        return File(buffer.ToArray(), "application/zip", $"decision-{id}-record.zip");
    }

    public const string JsonContentType = "application/json; charset=utf-8";

    private string Origin => SiteOrigin.Of(HttpContext);
}
