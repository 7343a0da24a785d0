using Consultation.Infrastructure.Audit;
using Consultation.Infrastructure.Review;
using Consultation.Web.Features.Accounts;
using Consultation.Web.Hosting;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Review.Admin;

/// <summary>
/// The one set of 三审 endpoints for every reviewed kind: submit, approve, send back, and the item's history. The
/// kind (<see cref="ReviewedKind"/>) loads the item and calls its verb; the item decides who may do what, and a refused
/// move shows its reason (400) and changes nothing.
/// </summary>
[Route("admin/review/{kind}/{id:int}")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class ReviewController(ReviewKinds kinds, AuditLogQueries audit, IStringLocalizer<SharedStrings> strings)
    : Controller
{
    [HttpPost("submit")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Submit(string kind, int id, int? stamp, CancellationToken ct) =>
        MoveAsync(kind, id, ReviewMove.Submit, null, stamp, ct);

    [HttpPost("approve")]
    public Task<IActionResult> Approve(string kind, int id, int? stamp, CancellationToken ct) =>
        MoveAsync(kind, id, ReviewMove.Approve, null, stamp, ct);

    [HttpPost("send-back")]
    public Task<IActionResult> SendBack(string kind, int id, string? comment, int? stamp, CancellationToken ct) =>
        MoveAsync(kind, id, ReviewMove.SendBack, comment, stamp, ct);

    [HttpGet("history")]
    public async Task<IActionResult> History(string kind, int id, CancellationToken ct)
    {
        var reviewed = kinds.Find(kind);
        if (reviewed is null || await reviewed.AuditSubjectAsync(id, ct) is not { } subject) return NotFound();
        var page = await audit.PageAsync(new AuditLogQueries.Filter(SubjectType: subject.Type, SubjectKey: subject.Key,
            PageSize: AuditLogQueries.MaxPageSize), ct);
        return View("History", new ReviewHistory(reviewed.Key, reviewed.PageOf(id), page.Entries));
    }

    /// <summary>The box posts the stamp of the version on screen, so a move never applies to a version nobody read.</summary>
    private async Task<IActionResult> MoveAsync(string kind, int id, ReviewMove move, string? comment, int? stamp,
        CancellationToken ct)
    {
        var reviewed = kinds.Find(kind);
        if (reviewed is null) return NotFound();
        await reviewed.MoveAsync(id, move, User.ToActor(), comment, stamp, ct);
        this.Confirm(strings[$"day.review.{move}"].Value);
        return Redirect(reviewed.PageOf(id));
    }
}
