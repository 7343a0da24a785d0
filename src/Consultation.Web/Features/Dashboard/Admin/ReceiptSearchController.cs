using Consultation.Core.Comments;
using Consultation.Core.Disclosure;
using Consultation.Core.Messages;
using Consultation.Infrastructure.Comments;
using Consultation.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Dashboard.Admin;

/// <summary>
/// The dashboard's lookup by receipt code, for a caller reading theirs out on the phone: every public form issues
/// codes of the same scheme, so one box finds a comment, a message or a disclosure request and opens its back-office
/// page. Dashes, spaces and case do not matter; an unknown code says so on the dashboard's own lookup page.
/// </summary>
[Route("admin/receipts")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class ReceiptSearchController(ReceiptLookup comments, ReceiptedSubmissions<Message> messages,
    ReceiptedSubmissions<DisclosureRequest> requests) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Find(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code)) return View("ReceiptSearch", (string?)null);
        if (await comments.FindAsync(code, ct) is { } comment)
            return Redirect($"/admin/consultations/{comment.Comment.ConsultationId}/comments?code={ReceiptCode.Normalise(code)}#comment-{comment.Comment.Id}");
        if (await messages.FindByCodeAsync(code, ct) is { } message) return Redirect($"/admin/messages/{message.Id}");
        if (await requests.FindByCodeAsync(code, ct) is { } request) return Redirect($"/admin/disclosure/{request.Id}");
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("ReceiptSearch", code.Trim());
    }
}
