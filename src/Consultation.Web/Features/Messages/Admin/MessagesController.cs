using Consultation.Infrastructure.Audit;
using Consultation.Infrastructure.Messages;
using Consultation.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Messages.Admin;

/// <summary>
/// The message queue: alarms first, then each message's page where an editor accepts a held message or sets one
/// aside, hands it to an office and drafts the answer, which then passes 三审 through the review box.
/// </summary>
[Route("admin/messages")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class MessagesController(MessageQueries queries, BackOfficeMessages messages, AuditLogQueries audit)
    : Controller
{
    public const int ClosedShown = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData["Closed"] = await queries.ClosedAsync(ClosedShown, ct);
        return View("Index", await queries.OpenAsync(ct));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var row = await queries.FindAsync(id, ct);
        if (row is null) return NotFound();
        ViewData["Offices"] = queries.Offices;
        ViewData["History"] = await audit.HistoryOfAsync(row.Message, ct);
        return View("Show", row);
    }

    [HttpPost("{id:int}/accept")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Accept(int id, CancellationToken ct) => Back(id, messages.AcceptAsync(id, User.ToActor(), ct));

    [HttpPost("{id:int}/invalid")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Invalid(int id, string? reason, CancellationToken ct) =>
        Back(id, messages.MarkInvalidAsync(id, reason, User.ToActor(), ct));

    [HttpPost("{id:int}/assign")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Assign(int id, string? office, CancellationToken ct) =>
        Back(id, messages.AssignAsync(id, office, User.ToActor(), ct));

    [HttpPost("{id:int}/answer")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Answer(int id, string? answer, string? publicQuestion, bool publish, CancellationToken ct) =>
        Back(id, messages.DraftAnswerAsync(id, answer, publicQuestion, publish, User.ToActor(), ct));

    private async Task<IActionResult> Back(int id, Task move)
    {
        await move;
        return Redirect($"/admin/messages/{id}");
    }
}
