using Consultation.Core.Consultations;
using Consultation.Infrastructure.Consultations;
using Consultation.Web.Features.Comments;
using Consultation.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Consultations;

/// <summary>Drafts open for comment: the list and the draft page with its comment form.</summary>
[AllowAnonymous]
public sealed class ConsultationsController(PublicConsultationQueries queries, ConsultationPages pages,
    TimeProvider clock, IOptions<SiteOptions> site) : Controller
{
    [HttpGet("/consultations")]
    public async Task<IActionResult> Index(ConsultationStatus? status, int? year, string? cursor, CancellationToken ct = default)
    {
        ViewData["Status"] = status;
        ViewData["Year"] = year;
        return View(await queries.ListAsync(status, year, cursor, site.Value.ListPageRows, clock.GetUtcNow(), ct));
    }

    [HttpGet("/consultations/{slug}")]
    public async Task<IActionResult> Show(string slug, string? clause, long? after, string? order, CancellationToken ct)
    {
        var model = await pages.BuildAsync(slug, clause, after, order, new CommentForm { IdempotencyKey = NewKey() }, ct);
        return model is null ? NotFound() : View(model);
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
