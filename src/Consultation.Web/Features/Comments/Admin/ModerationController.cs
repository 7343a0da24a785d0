using Consultation.Core.Comments;
using Consultation.Infrastructure.Comments;
using Consultation.Core;
using Consultation.Web.Features.Accounts;
using Consultation.Web.Hosting;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Comments.Admin;

/// <summary>
/// The moderation queue of one consultation. Everyone in the back office may read it (contacts are masked); only
/// editors publish, hold or refuse, through the <see cref="Comment"/> verbs that enforce the allowed moves. A caller
/// who reads out a receipt code is found with <c>?code=</c> (dashes, spaces and case ignored); each action says what
/// it did on the page it returns to, and refusing asks for a ticked 我确认 first.
/// </summary>
[Route("admin/consultations/{id:int}/comments")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class ModerationController(CommentModeration moderation, ReceiptLookup receipts,
    IStringLocalizer<SharedStrings> strings) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CommentStatus? status, string? clause, long? after, string? code,
        CancellationToken ct)
    {
        var consultation = await moderation.ConsultationAsync(id, ct);
        if (consultation is null) return NotFound();
        var byStatus = await moderation.CountsByStatusAsync(id, ct);
        var byChannel = await moderation.CountsByChannelAsync(id, ct);
        if (!string.IsNullOrWhiteSpace(code))
        {
            var found = await receipts.FindAsync(code, ct);
            var here = found?.Comment.ConsultationId == id ? found.Comment : null;
            return View("Moderation", new CommentQueue(consultation, here is null ? [] : [here], null, status, clause,
                byStatus, byChannel, code.Trim(), here is null ? found : null));
        }
        var page = await moderation.QueueAsync(id, status, clause, after, PageSize, ct);
        return View("Moderation", new CommentQueue(consultation, page.Items, page.NextAfter, status, clause, byStatus, byChannel));
    }

    [HttpPost("{commentId:long}/publish")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Publish(int id, long commentId, string? back, CancellationToken ct)
    {
        await moderation.PublishAsync(id, commentId, User.ToActor(), ct);
        return Back(id, back, "day.moderation.published", commentId);
    }

    [HttpPost("{commentId:long}/hold")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Hold(int id, long commentId, string? reason, string? back, CancellationToken ct)
    {
        await moderation.HoldAsync(id, commentId, reason, User.ToActor(), ct);
        return Back(id, back, "day.moderation.held", commentId);
    }

    [HttpPost("{commentId:long}/refuse")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Refuse(int id, long commentId, string? reason, bool confirm, string? back,
        CancellationToken ct)
    {
        if (!confirm) throw new DomainException("day.moderation.confirm_refuse");
        await moderation.RefuseAsync(id, commentId, reason, User.ToActor(), ct);
        return Back(id, back, "day.moderation.refused", commentId);
    }

    private RedirectResult Back(int id, string? back, string done, long commentId)
    {
        this.Confirm(strings[done, commentId].Value);
        return Redirect(Url.IsLocalUrl(back) ? back : $"/admin/consultations/{id}/comments");
    }
}
