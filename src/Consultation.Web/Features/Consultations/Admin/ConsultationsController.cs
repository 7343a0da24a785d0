using Consultation.Core;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Comments;
using Consultation.Infrastructure.Consultations;
using Consultation.Web.Features.Accounts;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Consultations.Admin;

/// <summary>
/// Writing a draft for public comment: the list, the create/edit form, the detail page and its buttons
/// (interpretations, extending the window, the moderation mode). 三审 is the review slice's.
/// </summary>
[Route("admin/consultations")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class ConsultationsController(
    BackOfficeConsultations consultations,
    CommentModeration moderation,
    IOptions<ConsultationRules> rules,
    TimeProvider clock,
    IStringLocalizer<SharedStrings> strings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await consultations.ListAsync(clock.GetUtcNow(), ct));

    [HttpGet("new")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> New(CancellationToken ct)
    {
        var opens = clock.GetUtcNow().ToShanghai().Date.AddDays(1);
        ViewData["Decisions"] = await consultations.DecisionsAsync(ct);
        return View("Edit", new ConsultationForm
        {
            Slug = await consultations.SuggestSlugAsync(opens.Year, ct),
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
        // 网址标识 is optional: an emptied box takes the suggestion, as the form offered it.
        if (string.IsNullOrWhiteSpace(form.Slug))
            form.Slug = await consultations.SuggestSlugAsync(clock.GetUtcNow().ToShanghai().Year, ct);
        if (ModelState.IsValid && await consultations.SlugTakenAsync(form.NormalisedSlug, ct))
            ModelState.AddModelError(nameof(form.Slug), strings["cadmin.slug_taken"]);
        if (ModelState.IsValid && form.DecisionId != ConsultationForm.NewDecision
                               && !await consultations.DecisionExistsAsync(form.DecisionId, ct))
            ModelState.AddModelError(nameof(form.DecisionId), strings["cadmin.decision_unknown"]);
        return await SaveAsync(form, null, async () =>
        {
            var window = form.ToWindow(rules.Value);
            var decision = form.DecisionId == ConsultationForm.NewDecision ? form.ToDecision(User.ToActor()) : null;
            return await consultations.CreateAsync(decision, form.DecisionId, decisionId => PublicConsultation.Create(
                decisionId, form.NormalisedSlug, form.Title ?? "", form.Draft ?? "", form.Explanation ?? "", window,
                form.Moderation, User.ToActor()), User.ToActor(), ct);
        }, ct);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var consultation = await consultations.FindAsync(id, ct);
        if (consultation is null) return NotFound();
        ViewData["Decision"] = await consultations.DecisionOfAsync(consultation, ct);
        ViewData["Status"] = consultation.StatusAt(clock.GetUtcNow());
        ViewData["Counts"] = await moderation.CountsByStatusAsync(id, ct);
        return View(consultation);
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var consultation = await consultations.FindAsync(id, ct);
        if (consultation is null) return NotFound();
        ViewData["Decisions"] = await consultations.DecisionsAsync(ct);
        ViewData["ConsultationId"] = id;
        return View(ConsultationForm.From(consultation));
    }

    /// <summary>Saves a new revision; the decision and slug stay as created, since comments and links point at them.</summary>
    [HttpPost("{id:int}/edit")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Update(int id, ConsultationForm form, CancellationToken ct)
    {
        var consultation = await consultations.FindAsync(id, ct);
        if (consultation is null) return NotFound();
        form.DecisionId = consultation.DecisionId;
        form.Slug = consultation.Slug;
        return await SaveAsync(form, id, async () =>
        {
            await consultations.EditAsync(id, form.Title ?? "", form.Draft ?? "", form.Explanation ?? "",
                form.ToWindow(rules.Value), form.Moderation, User.ToActor(), ct);
            return id;
        }, ct);
    }

    [HttpPost("{id:int}/interpretations")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> AddInterpretation(int id, InterpretationForm kind, string? title, string? body,
        CancellationToken ct)
    {
        await consultations.AddInterpretationAsync(id, kind, title, body, User.ToActor(), ct);
        return Back(id);
    }

    /// <summary>A revised 起草说明 for a public draft: a new version through 三审, the public keeps the approved one.</summary>
    [HttpPost("{id:int}/explanation")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> ReviseExplanation(int id, string? explanation, CancellationToken ct)
    {
        await consultations.ReviseExplanationAsync(id, explanation, User.ToActor(), ct);
        return Back(id);
    }

    [HttpPost("{id:int}/extend")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Extend(int id, DateTime? newClosesAt, string? reason, CancellationToken ct)
    {
        var closesAt = ShanghaiTime.FromLocal(newClosesAt) ?? throw new DomainException("cadmin.extension_time_required");
        await consultations.ExtendAsync(id, closesAt, reason, User.ToActor(), ct);
        return Back(id);
    }

    [HttpPost("{id:int}/moderation")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> ChangeModeration(int id, ModerationMode mode, CancellationToken ct)
    {
        await consultations.ChangeModerationAsync(id, mode, User.ToActor(), ct);
        return Back(id);
    }

    /// <summary>Runs a create or edit; a refused save re-shows the form with what was typed and the reason.</summary>
    private async Task<IActionResult> SaveAsync(ConsultationForm form, int? id, Func<Task<int>> save,
        CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                return Back(await save());
            }
            catch (DomainException e)
            {
                ModelState.AddModelError("", strings[e.MessageKey, [.. e.Arguments]]);
            }
        }
        ViewData["Decisions"] = await consultations.DecisionsAsync(ct);
        ViewData["ConsultationId"] = id;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", form);
    }

    private RedirectResult Back(int id) => Redirect($"/admin/consultations/{id}");
}
