using Consultation.Core;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Consultations;
using Consultation.Infrastructure.Database;
using Consultation.Web.Extensions;
using Consultation.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Admin;

/// <summary>Writing a draft for public comment: the list, the create/edit form and the detail page.</summary>
[Route("admin/consultations")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class ConsultationsController(
    ConsultationDbContext db,
    BackOfficeConsultationQueries queries,
    IOptions<ConsultationRules> rules,
    TimeProvider clock,
    IStringLocalizer<SharedStrings> strings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.ListAsync(clock.GetUtcNow(), ct));

    [HttpGet("new")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> New(CancellationToken ct)
    {
        var opens = clock.GetUtcNow().ToShanghai().Date.AddDays(1);
        ViewData["Decisions"] = await queries.DecisionsAsync(ct);
        return View("Edit", new ConsultationForm
        {
            DecisionYear = opens.Year,
            OpensAt = opens,
            ClosesAt = opens.AddDays(rules.Value.MinimumWindowDays),
        });
    }

    /// <summary>Creates the consultation, and its decision when typed inline, in one transaction: all or nothing.</summary>
    [HttpPost("new")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Create(ConsultationForm form, CancellationToken ct)
    {
        if (ModelState.IsValid && await db.Consultations.AnyAsync(c => c.Slug == form.NormalisedSlug, ct))
            ModelState.AddModelError(nameof(form.Slug), strings["cadmin.slug_taken"]);
        if (ModelState.IsValid && form.DecisionId != ConsultationForm.NewDecision
                               && !await db.Decisions.AnyAsync(d => d.Id == form.DecisionId, ct))
            ModelState.AddModelError(nameof(form.DecisionId), strings["cadmin.decision_unknown"]);
        if (ModelState.IsValid)
        {
            try
            {
                var window = form.ToWindow(rules.Value);
                var decision = form.DecisionId == ConsultationForm.NewDecision ? form.ToDecision() : null;
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                if (decision is not null)
                {
                    db.Decisions.Add(decision);
                    await db.SaveChangesAsync(ct);
                }
                var consultation = PublicConsultation.Create(decision?.Id ?? form.DecisionId, form.NormalisedSlug,
                    form.Title ?? "", form.Draft ?? "", form.Explanation ?? "", window, form.Moderation, User.ToActor());
                db.Consultations.Add(consultation);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return RedirectToAction(nameof(Show), new { id = consultation.Id });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError("", strings[e.MessageKey, [.. e.Arguments]]);
            }
        }
        return await Redisplay(form, null, ct);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var consultation = await Load(id, ct);
        if (consultation is null) return NotFound();
        ViewData["Decision"] = await db.Decisions.AsNoTracking().SingleAsync(d => d.Id == consultation.DecisionId, ct);
        ViewData["Status"] = consultation.StatusAt(clock.GetUtcNow());
        ViewData["Counts"] = await queries.CountsByStatusAsync(id, ct);
        return View(consultation);
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var consultation = await Load(id, ct);
        if (consultation is null) return NotFound();
        ViewData["Decisions"] = await queries.DecisionsAsync(ct);
        ViewData["ConsultationId"] = id;
        return View(ConsultationForm.From(consultation));
    }

    /// <summary>Saves a new revision; the decision and slug stay as created, since comments and links point at them.</summary>
    [HttpPost("{id:int}/edit")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Update(int id, ConsultationForm form, CancellationToken ct)
    {
        var consultation = await Load(id, ct);
        if (consultation is null) return NotFound();
        form.DecisionId = consultation.DecisionId;
        form.Slug = consultation.Slug;
        if (ModelState.IsValid)
        {
            try
            {
                consultation.Edit(form.Title ?? "", form.Draft ?? "", form.Explanation ?? "", form.ToWindow(rules.Value),
                    form.Moderation, User.ToActor());
                await db.SaveChangesAsync(ct);
                return RedirectToAction(nameof(Show), new { id });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError("", strings[e.MessageKey, [.. e.Arguments]]);
            }
        }
        return await Redisplay(form, id, ct);
    }

    private Task<PublicConsultation?> Load(int id, CancellationToken ct) =>
        db.Consultations.Include(c => c.Interpretations).Include(c => c.Extensions).SingleOrDefaultAsync(c => c.Id == id, ct);

    private async Task<IActionResult> Redisplay(ConsultationForm form, int? id, CancellationToken ct)
    {
        ViewData["Decisions"] = await queries.DecisionsAsync(ct);
        ViewData["ConsultationId"] = id;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", form);
    }
}
