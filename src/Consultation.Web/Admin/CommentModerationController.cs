using Consultation.Core.Comments;
using Consultation.Infrastructure.Consultations;
using Consultation.Infrastructure.Database;
using Consultation.Web.Extensions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Web.Admin;

/// <summary>
/// The moderation queue of one consultation. Everyone in the back office may read it (contacts are masked); only
/// editors publish, hold or refuse, through the <see cref="Comment"/> methods that enforce the allowed moves.
/// </summary>
[Route("admin/consultations/{id:int}/comments")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class CommentModerationController(
    ConsultationDbContext db,
    BackOfficeConsultationQueries queries,
    TimeProvider clock) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CommentStatus? status, string? clause, long? after, CancellationToken ct)
    {
        var consultation = await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (consultation is null) return NotFound();
        var page = await queries.CommentsAsync(id, status, clause, after, PageSize, ct);
        return View(new CommentQueue(consultation, page.Items, page.NextAfter, status, clause,
            await queries.CountsByStatusAsync(id, ct), await queries.CountsByChannelAsync(id, ct)));
    }

    [HttpPost("{commentId:long}/publish")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Publish(int id, long commentId, string? back, CancellationToken ct) =>
        Act(id, commentId, back, (c, editor, now) => c.Publish(editor, now), ct);

    [HttpPost("{commentId:long}/hold")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Hold(int id, long commentId, string? reason, string? back, CancellationToken ct) =>
        Act(id, commentId, back, (c, editor, now) => c.Hold(reason, editor, now), ct);

    [HttpPost("{commentId:long}/refuse")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Refuse(int id, long commentId, string? reason, string? back, CancellationToken ct) =>
        Act(id, commentId, back, (c, editor, now) => c.Refuse(reason, editor, now), ct);

    /// <summary>Applies one moderation move; a refused move throws before anything is saved.</summary>
    private async Task<IActionResult> Act(int id, long commentId, string? back, Action<Comment, Core.Identity.Actor, DateTimeOffset> move,
        CancellationToken ct)
    {
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == commentId && c.ConsultationId == id, ct);
        if (comment is null) return NotFound();
        move(comment, User.ToActor(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Redirect(Url.IsLocalUrl(back) ? back : $"/admin/consultations/{id}/comments");
    }
}
