using Consultation.Core;
using Consultation.Core.Content;
using Consultation.Core.Publishing;
using Consultation.Infrastructure.Content;
using Consultation.Infrastructure.Database;
using Consultation.Web.Extensions;
using Consultation.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Admin;

/// <summary>Writing, versioning, reviewing (三审) and scheduling articles.</summary>
[Route("admin/articles")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class ArticlesController(
    ConsultationDbContext db,
    BackOfficeContentQueries queries,
    TimeProvider clock,
    IStringLocalizer<SharedStrings> strings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? column, ReviewState? state, CancellationToken ct)
    {
        ViewData["Columns"] = await queries.ColumnsAsync(ct);
        return View(await queries.ArticlesAsync(column, state, ct));
    }

    [HttpGet("new")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> New(CancellationToken ct)
    {
        ViewData["Columns"] = await queries.ColumnsAsync(ct);
        return View("Edit", new ArticleForm { Publisher = "山东省教育厅" });
    }

    [HttpPost("new")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Create(ArticleForm form, CancellationToken ct)
    {
        if (ModelState.IsValid && await db.Columns.AnyAsync(c => c.Id == form.ColumnId, ct))
        {
            try
            {
                var article = Article.Create(form.ColumnId, form.ToContent(), User.ToActor(), clock.GetUtcNow());
                db.Articles.Add(article);
                await db.SaveChangesAsync(ct);
                return RedirectToAction(nameof(Show), new { id = article.Id });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError("", strings[e.MessageKey, [.. e.Arguments]]);
            }
        }
        else if (ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(form.ColumnId), strings["article.column_required"]);
        }
        return await Redisplay(form, null, ct);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var article = await Load(id, ct);
        if (article is null) return NotFound();
        ViewData["Column"] = await db.Columns.AsNoTracking().SingleAsync(c => c.Id == article.ColumnId, ct);
        return View(article);
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var article = await Load(id, ct);
        if (article is null) return NotFound();
        ViewData["Columns"] = await queries.ColumnsAsync(ct);
        ViewData["ArticleId"] = id;
        return View(ArticleForm.From(article.ColumnId, article.CurrentVersion));
    }

    /// <summary>Saves a new version; on refusal the form comes back with everything the editor typed.</summary>
    [HttpPost("{id:int}/edit")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Update(int id, ArticleForm form, CancellationToken ct)
    {
        var article = await Load(id, ct);
        if (article is null) return NotFound();
        if (ModelState.IsValid && await db.Columns.AnyAsync(c => c.Id == form.ColumnId, ct))
        {
            try
            {
                var actor = User.ToActor();
                article.Revise(form.ToContent(), actor, clock.GetUtcNow());
                article.MoveToColumn(form.ColumnId, actor);
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

    [HttpGet("{id:int}/history")]
    public async Task<IActionResult> History(int id, CancellationToken ct)
    {
        var article = await Load(id, ct);
        return article is null ? NotFound() : View(article);
    }

    [HttpGet("{id:int}/versions/{number:int}")]
    public async Task<IActionResult> Version(int id, int number, CancellationToken ct)
    {
        var version = await db.ArticleVersions.AsNoTracking().SingleOrDefaultAsync(v => v.ArticleId == id && v.Number == number, ct);
        return version is null ? NotFound() : View(version);
    }

    [HttpPost("{id:int}/rollback/{number:int}")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> RollBack(int id, int number, CancellationToken ct) =>
        Act(id, (a, now) => a.RollBackTo(number, User.ToActor(), now), ct);

    [HttpPost("{id:int}/submit")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Submit(int id, CancellationToken ct) =>
        Act(id, (a, now) => a.Submit(User.ToActor(), now), ct);

    [HttpPost("{id:int}/approve")]
    public Task<IActionResult> Approve(int id, CancellationToken ct) =>
        Act(id, (a, now) => a.Approve(User.ToActor(), now), ct);

    [HttpPost("{id:int}/send-back")]
    public Task<IActionResult> SendBack(int id, string? comment, CancellationToken ct) =>
        Act(id, (a, now) => a.SendBack(User.ToActor(), comment, now), ct);

    [HttpPost("{id:int}/schedule")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Schedule(int id, DateTime? publishAt, DateTime? unpublishAt, CancellationToken ct) =>
        Act(id, (a, now) =>
        {
            a.Schedule(ShanghaiTime.FromLocal(publishAt), ShanghaiTime.FromLocal(unpublishAt), User.ToActor());
            if (!a.UnpublishIfDue(now)) a.PublishIfDue(now);
        }, ct);

    [HttpPost("{id:int}/preview-token")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> RegeneratePreview(int id, CancellationToken ct) =>
        Act(id, (a, _) => a.RegeneratePreviewToken(), ct);

    /// <summary>Loads, applies one entity method, saves. A refused move throws before saving, so nothing changes.</summary>
    private async Task<IActionResult> Act(int id, Action<Article, DateTimeOffset> change, CancellationToken ct)
    {
        var article = await Load(id, ct);
        if (article is null) return NotFound();
        change(article, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return RedirectToAction(nameof(Show), new { id });
    }

    private Task<Article?> Load(int id, CancellationToken ct) =>
        db.Articles.Include(a => a.Versions).SingleOrDefaultAsync(a => a.Id == id, ct);

    private async Task<IActionResult> Redisplay(ArticleForm form, int? id, CancellationToken ct)
    {
        ViewData["Columns"] = await queries.ColumnsAsync(ct);
        ViewData["ArticleId"] = id;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", form);
    }
}
