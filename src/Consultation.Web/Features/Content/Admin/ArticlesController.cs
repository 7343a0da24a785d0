using Consultation.Core;
using Consultation.Core.Review;
using Consultation.Infrastructure.Content;
using Consultation.Web.Features.Accounts;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Content.Admin;

/// <summary>Writing, versioning and scheduling articles; their 三审 is the review slice's.</summary>
[Route("admin/articles")]
[Authorize(Policy = BackOfficePolicies.BackOffice)]
public sealed class ArticlesController(BackOfficeArticles articles, IStringLocalizer<SharedStrings> strings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? column, ReviewState? state, CancellationToken ct)
    {
        ViewData["Columns"] = await articles.ColumnsAsync(ct);
        return View("Articles", await articles.ArticlesAsync(column, state, ct));
    }

    [HttpGet("new")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> New(CancellationToken ct)
    {
        ViewData["Columns"] = await articles.ColumnsAsync(ct);
        return View("ArticleEdit", new ArticleForm { Publisher = "山东省教育厅" });
    }

    [HttpPost("new")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Create(ArticleForm form, CancellationToken ct) =>
        SaveAsync(form, null, async () => await articles.CreateAsync(form.ColumnId, form.ToContent(), User.ToActor(), ct),
            ct);

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var article = await articles.FindAsync(id, ct);
        if (article is null) return NotFound();
        ViewData["Column"] = await articles.ColumnOfAsync(article, ct);
        return View("Article", article);
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var article = await articles.FindAsync(id, ct);
        if (article is null) return NotFound();
        ViewData["Columns"] = await articles.ColumnsAsync(ct);
        ViewData["ArticleId"] = id;
        return View("ArticleEdit", ArticleForm.From(article.ColumnId, article.CurrentVersion));
    }

    /// <summary>Saves a new version; on refusal the form comes back with everything the editor typed.</summary>
    [HttpPost("{id:int}/edit")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public Task<IActionResult> Update(int id, ArticleForm form, CancellationToken ct) =>
        SaveAsync(form, id, async () =>
        {
            await articles.ReviseAsync(id, form.ColumnId, form.ToContent(), User.ToActor(), ct);
            return id;
        }, ct);

    [HttpGet("{id:int}/history")]
    public async Task<IActionResult> History(int id, CancellationToken ct)
    {
        var article = await articles.FindAsync(id, ct);
        return article is null ? NotFound() : View("ArticleHistory", article);
    }

    [HttpGet("{id:int}/versions/{number:int}")]
    public async Task<IActionResult> Version(int id, int number, CancellationToken ct)
    {
        var version = await articles.VersionAsync(id, number, ct);
        return version is null ? NotFound() : View("ArticleVersion", version);
    }

    [HttpPost("{id:int}/rollback/{number:int}")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> RollBack(int id, int number, CancellationToken ct)
    {
        await articles.RollBackAsync(id, number, User.ToActor(), ct);
        return Back(id);
    }

    [HttpPost("{id:int}/schedule")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> Schedule(int id, DateTime? publishAt, DateTime? unpublishAt, CancellationToken ct)
    {
        await articles.ScheduleAsync(id, ShanghaiTime.FromLocal(publishAt), ShanghaiTime.FromLocal(unpublishAt),
            User.ToActor(), ct);
        return Back(id);
    }

    [HttpPost("{id:int}/preview-token")]
    [Authorize(Policy = BackOfficePolicies.Editor)]
    public async Task<IActionResult> RegeneratePreview(int id, CancellationToken ct)
    {
        await articles.RegeneratePreviewAsync(id, ct);
        return Back(id);
    }

    /// <summary>Runs a create or revise; a refused save re-shows the form with what was typed and the reason.</summary>
    private async Task<IActionResult> SaveAsync(ArticleForm form, int? id, Func<Task<int>> save, CancellationToken ct)
    {
        if (ModelState.IsValid && !await articles.ColumnExistsAsync(form.ColumnId, ct))
            ModelState.AddModelError(nameof(form.ColumnId), strings["article.column_required"]);
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
        ViewData["Columns"] = await articles.ColumnsAsync(ct);
        ViewData["ArticleId"] = id;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("ArticleEdit", form);
    }

    private RedirectToActionResult Back(int id) => RedirectToAction(nameof(Show), new { id });
}
