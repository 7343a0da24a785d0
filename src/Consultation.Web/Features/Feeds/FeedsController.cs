using Consultation.Infrastructure.Feeds;
using Consultation.Web.Hosting;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Feeds;

/// <summary>Atom feeds of consultations (new, closing soon, closed), adoption reports and decisions; the catalog's is on its own page.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class FeedsController(FeedQueries queries, AtomFeed atom, IStringLocalizer<SharedStrings> strings) : Controller
{
    [HttpGet("/feeds/consultations/new.xml")]
    public Task<IActionResult> NewConsultations(CancellationToken ct) => ConsultationsAsync(ConsultationFeed.New, "new", ct);

    [HttpGet("/feeds/consultations/closing-soon.xml")]
    public Task<IActionResult> ClosingSoon(CancellationToken ct) => ConsultationsAsync(ConsultationFeed.ClosingSoon, "closing-soon", ct);

    [HttpGet("/feeds/consultations/closed.xml")]
    public Task<IActionResult> Closed(CancellationToken ct) => ConsultationsAsync(ConsultationFeed.Closed, "closed", ct);

    [HttpGet("/feeds/reports.xml")]
    public async Task<IActionResult> Reports(CancellationToken ct) =>
        Answer("reports", strings["feeds.reports"], "/consultations", "/feeds/reports.xml", await queries.ReportsAsync(ct));

    [HttpGet("/feeds/decisions.xml")]
    public async Task<IActionResult> Decisions(CancellationToken ct) =>
        Answer("decisions", strings["feeds.decisions"], "/catalog", "/feeds/decisions.xml", await queries.DecisionsAsync(ct));

    private async Task<IActionResult> ConsultationsAsync(ConsultationFeed feed, string name, CancellationToken ct) =>
        Answer($"consultations-{name}", strings[$"feeds.consultations.{feed}"], "/consultations",
            $"/feeds/consultations/{name}.xml", await queries.ConsultationsAsync(feed, ct));

    private IActionResult Answer(string key, string title, string page, string self, IReadOnlyList<FeedItem> items) =>
        ConditionalGet.Respond(HttpContext, atom.Write(key, title, Origin, page, self, items), AtomFeed.ContentType,
            AtomFeed.UpdatedOf(items));

    private string Origin => SiteOrigin.Of(HttpContext);
}
