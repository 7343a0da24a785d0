using Consultation.Core.Comments;
using Consultation.Infrastructure.Comments;
using Consultation.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Comments.Admin;

/// <summary>
/// The moderation queue of one consultation. Everyone in the back office may read it (contacts are masked); only
/// editors publish, hold or refuse, through the <see cref="Comment"/> verbs that enforce the allowed moves.
/// </summary>
[Route("admin/consultations/{id:int}/comments")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class ModerationController(CommentModeration moderation) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CommentStatus? status, string? clause, long? after, CancellationToken ct)
    {
        var consultation = await moderation.ConsultationAsync(id, ct);
        if (consultation is null) return NotFound();
        var page = await moderation.QueueAsync(id, status, clause, after, PageSize, ct);
        return View("Moderation", new CommentQueue(consultation, page.Items, page.NextAfter, status, clause,
            await moderation.CountsByStatusAsync(id, ct), await moderation.CountsByChannelAsync(id, ct)));
    }

    [HttpPost("{commentId:long}/publish")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Publish(int id, long commentId, string? back, CancellationToken ct)
    {
        await moderation.PublishAsync(id, commentId, User.ToActor(), ct);
        return Back(id, back);
    }

    [HttpPost("{commentId:long}/hold")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Hold(int id, long commentId, string? reason, string? back, CancellationToken ct)
    {
        await moderation.HoldAsync(id, commentId, reason, User.ToActor(), ct);
        return Back(id, back);
    }

    [HttpPost("{commentId:long}/refuse")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Refuse(int id, long commentId, string? reason, string? back, CancellationToken ct)
    {
        await moderation.RefuseAsync(id, commentId, reason, User.ToActor(), ct);
        return Back(id, back);
    }

    private RedirectResult Back(int id, string? back) =>
        Redirect(Url.IsLocalUrl(back) ? back : $"/admin/consultations/{id}/comments");
}
