using Consultation.Core;
using Consultation.Core.Meetings;
using Consultation.Infrastructure.Meetings;
using Consultation.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultation.Web.Features.Meetings.Admin;

/// <summary>
/// Meetings with public attendance: the invitation call and, after the meeting, invitees, attendance, opinions and
/// their handling. Each of the two publications passes its own 三审; the rules are the <see cref="Meeting"/>'s.
/// </summary>
[Route("admin/meetings")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class MeetingsController(BackOfficeMeetings meetings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData["Decisions"] = await meetings.DecisionsAsync(ct);
        return View(await meetings.AllAsync(ct));
    }

    [HttpPost("")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Create(MeetingForm form, CancellationToken ct)
    {
        RequireValid();
        return Back(await meetings.CreateAsync(form.ToInvitation(), User.ToActor(), ct));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var meeting = await meetings.FindAsync(id, ct);
        if (meeting is null) return NotFound();
        ViewData["Decisions"] = await meetings.DecisionsAsync(ct);
        return View(meeting);
    }

    [HttpPost("{id:int}/invitation")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> EditInvitation(int id, MeetingForm form, CancellationToken ct)
    {
        RequireValid();
        await meetings.EditInvitationAsync(id, form.ToInvitation(), User.ToActor(), ct);
        return Back(id);
    }

    [HttpPost("{id:int}/invitees")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> AddInvitee(int id, InviteeKind kind, string? name, string? label,
        string? organisation, string? contact, CancellationToken ct)
    {
        RequireValid();
        await meetings.AddInviteeAsync(id, kind, name, label, organisation, contact, User.ToActor(), ct);
        return Back(id);
    }

    [HttpPost("{id:int}/invitees/{inviteeId:int}/attendance")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> MarkAttendance(int id, int inviteeId, Attendance attendance, CancellationToken ct)
    {
        RequireValid();
        await meetings.MarkAttendanceAsync(id, inviteeId, attendance, User.ToActor(), ct);
        return Back(id);
    }

    [HttpPost("{id:int}/opinions")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> AddOpinion(int id, int inviteeId, int decisionId, string? text,
        CancellationToken ct)
    {
        RequireValid();
        await meetings.AddOpinionAsync(id, inviteeId, decisionId, text, User.ToActor(), ct);
        return Back(id);
    }

    [HttpPost("{id:int}/opinions/{opinionId:int}/handling")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Handle(int id, int opinionId, HandlingOutcome outcome, string? text,
        CancellationToken ct)
    {
        RequireValid();
        await meetings.HandleAsync(id, opinionId, outcome, text, User.ToActor(), ct);
        return Back(id);
    }

    /// <summary>A value that does not bind (an unknown kind, attendance or outcome, a malformed date) is refused, never
    /// silently replaced by the default.</summary>
    private void RequireValid()
    {
        if (!ModelState.IsValid) throw new DomainException("meeting.invalid_input");
    }

    private RedirectResult Back(int id) => Redirect($"/admin/meetings/{id}");
}
