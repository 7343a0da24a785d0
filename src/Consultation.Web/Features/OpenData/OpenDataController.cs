using Consultation.Infrastructure.Catalog;
using Consultation.Infrastructure.OpenData;
using Consultation.Web.Features.Comments;
using Consultation.Web.Hosting;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.OpenData;

/// <summary>
/// The read-only open-data API under <c>/api/v1</c>: what the public pages show, page by page in id order with an
/// opaque <c>after</c> cursor and no cap on how far a client walks; strong ETags, a per-address rate limit, CORS for GET.
/// </summary>
[ApiController]
[Route("api/v1")]
[Produces("application/json")]
[EnableCors(OpenDataWebModule.CorsPolicy)]
[EnableRateLimiting(OpenDataWebModule.RateLimitPolicy)]
[ProducesResponseType<OpenDataProblem>(StatusCodes.Status400BadRequest, "application/problem+json")]
[ProducesResponseType<OpenDataProblem>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
[ProducesResponseType(StatusCodes.Status304NotModified)]
[AllowAnonymous]
public sealed class OpenDataController(OpenDataJson json, StringCatalog strings, IOptions<OpenDataOptions> options,
    IStringLocalizer<SharedStrings> localizer) : ControllerBase
{
    /// <summary>Published consultations with their clauses, 起草说明 and interpretations.</summary>
    [HttpGet("consultations")]
    [ProducesResponseType<OpenDataList<OpenConsultations.Record>>(StatusCodes.Status200OK)]
    public Task<IActionResult> Consultations([FromServices] OpenConsultations query, string? after, int? limit,
        CancellationToken ct) => PageAsync<OpenConsultations.Record>(after, limit,
        (a, l) => query.PageAsync(a, l, ct));

    /// <summary>Published comments, anonymised: the name only with the writer's consent, never contact details.</summary>
    [HttpGet("comments")]
    [ProducesResponseType<OpenDataList<OpenCommentRecord>>(StatusCodes.Status200OK)]
    public Task<IActionResult> Comments([FromServices] OpenComments query, string? after, int? limit, CancellationToken ct) =>
        PageAsync<OpenCommentRecord>(after, limit, async (a, l) =>
        {
            var page = await query.PageAsync(a, l, ct);
            return new OpenDataPage<OpenCommentRecord>(
                page.Items.Select(c => OpenCommentRecord.From(c, PublicCommentRecord.From(c, localizer))).ToList(), page.NextAfter);
        });

    /// <summary>Published adoption reports (反馈报告) with each 集中意见, its disposition and reason.</summary>
    [HttpGet("reports")]
    [ProducesResponseType<OpenDataList<OpenReports.Record>>(StatusCodes.Status200OK)]
    public Task<IActionResult> Reports([FromServices] OpenReports query, string? after, int? limit, CancellationToken ct) =>
        PageAsync<OpenReports.Record>(after, limit, (a, l) => query.PageAsync(a, l, ct));

    /// <summary>Meetings (厅长办公会) with their public invitees, attendance, opinions and how each was handled.</summary>
    [HttpGet("meetings")]
    [ProducesResponseType<OpenDataList<OpenMeetings.Record>>(StatusCodes.Status200OK)]
    public Task<IActionResult> Meetings([FromServices] OpenMeetings query, string? after, int? limit, CancellationToken ct) =>
        PageAsync<OpenMeetings.Record>(after, limit, (a, l) => query.PageAsync(a, l, ct));

    /// <summary>Lines of the yearly catalog of major decisions (年度重大行政决策事项目录), every year.</summary>
    [HttpGet("catalog")]
    [ProducesResponseType<OpenDataList<OpenCatalogRecord>>(StatusCodes.Status200OK)]
    public Task<IActionResult> Catalog([FromServices] CatalogQueries query, string? after, int? limit, CancellationToken ct) =>
        PageAsync<OpenCatalogRecord>(after, limit, async (a, l) =>
        {
            var rows = await query.PublicPageAsync(a, l + 1, ct);
            return OpenDataPage<OpenCatalogRecord>.From(rows.Select(OpenCatalogRecord.From).ToList(), l, r => r.Id);
        });

    /// <summary>Published policy documents with their interpretations (政策解读).</summary>
    [HttpGet("policies")]
    [ProducesResponseType<OpenDataList<OpenPolicies.Record>>(StatusCodes.Status200OK)]
    public Task<IActionResult> Policies([FromServices] OpenPolicies query, string? after, int? limit, CancellationToken ct) =>
        PageAsync<OpenPolicies.Record>(after, limit, (a, l) => query.PageAsync(a, l, ct));

    /// <summary>Published policy evaluations (政策评估).</summary>
    [HttpGet("evaluations")]
    [ProducesResponseType<OpenDataList<OpenEvaluations.Record>>(StatusCodes.Status200OK)]
    public Task<IActionResult> Evaluations([FromServices] OpenEvaluations query, string? after, int? limit,
        CancellationToken ct) => PageAsync<OpenEvaluations.Record>(after, limit, (a, l) => query.PageAsync(a, l, ct));

    private async Task<IActionResult> PageAsync<T>(string? after, int? limit, Func<long, int, Task<OpenDataPage<T>>> read)
    {
        if (Cursor.Parse(after) is not { } from) return Problem(StatusCodes.Status400BadRequest, "opendata.bad_cursor");
        var size = limit ?? options.Value.DefaultLimit;
        if (size < 1 || size > options.Value.MaxLimit) return Problem(StatusCodes.Status400BadRequest, "opendata.bad_limit");
        var page = await read(from, size);
        var next = page.NextAfter is { } last
            ? $"{SiteOrigin.Of(HttpContext)}{Request.Path}?after={Cursor.Of(last)}&limit={size}"
            : null;
        if (next is not null) Response.Headers.Link = $"<{next}>; rel=\"next\"";
        return ConditionalGet.Respond(HttpContext, json.Bytes(new OpenDataList<T>(page.Items, next)), OpenDataJson.ContentType);
    }

    private ContentResult Problem(int status, string key) => new()
    {
        StatusCode = status,
        Content = System.Text.Encoding.UTF8.GetString(json.Bytes(OpenDataProblem.Of(status, key, strings))),
        ContentType = OpenDataJson.ProblemContentType,
    };
}
