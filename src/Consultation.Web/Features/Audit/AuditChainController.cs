using Consultation.Core;
using Consultation.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Audit;

/// <summary>
/// The public record of the audit chain: each day's last hash. Anyone may keep a copy; if history before that day were
/// ever rewritten, the chain would no longer lead to the hash they kept.
/// </summary>
[AllowAnonymous]
public sealed class AuditChainController(AuditLogQueries queries, TimeProvider clock) : Controller
{
    private const int Days = 90;

    [HttpGet("/audit-chain")]
    public async Task<IActionResult> Index(CancellationToken ct) => View("Heads", await HeadsAsync(ct));

    [HttpGet("/audit-chain.json")]
    public async Task<IActionResult> Json(CancellationToken ct) => Json((await HeadsAsync(ct)).Select(h => new
    {
        day = h.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        lastEntry = h.LastId,
        hash = h.Hash,
        entries = h.Lines,
    }));

    private Task<IReadOnlyList<AuditLogQueries.DailyHead>> HeadsAsync(CancellationToken ct) =>
        queries.DailyHeadsAsync(ShanghaiTime.DayOf(clock.GetUtcNow()), Days, ct);
}
