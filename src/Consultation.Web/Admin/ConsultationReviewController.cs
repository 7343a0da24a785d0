using Consultation.Core;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Database;
using Consultation.Web.Extensions;
using Consultation.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Admin;

/// <summary>
/// The buttons of the consultation detail page: 三审, interpretations, extending the window and the moderation mode.
/// Each loads the consultation, calls one entity method and saves; a refused move shows the localised reason (400)
/// through <see cref="DomainExceptionFilter"/> and changes nothing. The entity decides who may do what.
/// </summary>
[Route("admin/consultations/{id:int}")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class ConsultationReviewController(
    ConsultationDbContext db,
    IOptions<ConsultationRules> rules,
    TimeProvider clock) : Controller
{
    [HttpPost("submit")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Submit(int id, CancellationToken ct) =>
        Act(id, (c, now) => c.Submit(User.ToActor(), now), ct);

    [HttpPost("approve")]
    public Task<IActionResult> Approve(int id, CancellationToken ct) =>
        Act(id, (c, now) => c.Approve(User.ToActor(), now), ct);

    [HttpPost("send-back")]
    public Task<IActionResult> SendBack(int id, string? comment, CancellationToken ct) =>
        Act(id, (c, now) => c.SendBack(User.ToActor(), comment, now), ct);

    [HttpPost("interpretations")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> AddInterpretation(int id, InterpretationForm kind, string? title, string? body,
        CancellationToken ct) =>
        Act(id, (c, _) => c.AddInterpretation(kind, title ?? "", body ?? "", User.ToActor()), ct);

    [HttpPost("extend")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Extend(int id, DateTime? newClosesAt, string? reason, CancellationToken ct) =>
        Act(id, (c, now) => c.Extend(ShanghaiTime.FromLocal(newClosesAt)
            ?? throw new DomainException("cadmin.extension_time_required"), reason, User.ToActor(), now, rules.Value), ct);

    [HttpPost("moderation")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> ChangeModeration(int id, ModerationMode mode, CancellationToken ct) =>
        Act(id, (c, _) => c.ChangeModeration(mode, User.ToActor()), ct);

    private async Task<IActionResult> Act(int id, Action<PublicConsultation, DateTimeOffset> change, CancellationToken ct)
    {
        var consultation = await db.Consultations.Include(c => c.Interpretations).Include(c => c.Extensions)
            .SingleOrDefaultAsync(c => c.Id == id, ct);
        if (consultation is null) return NotFound();
        change(consultation, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/consultations/{id}");
    }
}
