using Consultation.Web.Hosting;
using Consultation.Web.Hosting.Throttling;
using Microsoft.AspNetCore.RateLimiting;
using Consultation.Web.Features.Records.Downloads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Consultation.Web.Features.Records;

/// <summary>
/// 开放数据下载: one ZIP per year of everything public (CSV with BOM + JSON), listed with size, SHA-256 and build
/// time. The ETag is the checksum, so a client that has the file gets 304. See docs/bulk-download.md.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(ThrottlingWebModule.LookupPolicy)]
public sealed class DownloadsController(YearDownloads downloads) : Controller
{
    [HttpGet("/open-data/downloads")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View("YearDownloads", await downloads.ListAsync(Origin, ct));

    [HttpGet("/open-data/downloads/{year:int}.zip")]
    public async Task<IActionResult> Year(int year, CancellationToken ct)
    {
        var file = await downloads.FileAsync(year, Origin, ct);
        if (file is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("UnknownYear", year);
        }
        return PhysicalFile(file.Path, "application/zip", file.DownloadName, file.BuiltAt,
            new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true);
    }

    private string Origin => SiteOrigin.Of(HttpContext);
}
