using Consultation.Core;
using Consultation.Infrastructure.Content;
using Consultation.Web.Features.Accounts;
using Consultation.Web.Hosting;
using Consultation.Web.Hosting.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Content.Admin;

/// <summary>
/// The 栏目 tree: create, rename, move, delete an empty leaf. Form refusals come back on the form with a 400; a
/// refused move or delete (a cycle, a column still in use) is a 400 page from the <see cref="DomainExceptionFilter"/>.
/// Slugs are fixed once created because public URLs and links from other sites use them.
/// </summary>
[Route("admin/columns")]
[Authorize(Policy = BackOfficePolicies.Administrator)]
public sealed class ColumnsController(BackOfficeColumns columns, IStringLocalizer<SharedStrings> strings) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View("Columns", await columns.TreeAsync(ct));

    [HttpGet("new")]
    public async Task<IActionResult> New(int? parent, CancellationToken ct)
    {
        ViewData["Tree"] = await columns.TreeAsync(ct);
        return View("ColumnNew", new ColumnForm { ParentId = parent });
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(ColumnForm form, CancellationToken ct)
    {
        try
        {
            RefuseUnreadableNumbers();
            await columns.CreateAsync(form.Slug, form.Name, form.NameEn, form.Description, form.ParentId, form.SortOrder,
                form.UpdateCycle, ct);
            return RedirectToAction(nameof(Index));
        }
        catch (DomainException e)
        {
            return await Refused("ColumnNew", form, null, e, ct);
        }
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var column = await columns.FindAsync(id, ct);
        if (column is null) return NotFound();
        ViewData["Tree"] = await columns.TreeAsync(ct);
        ViewData["ColumnId"] = id;
        return View("ColumnEdit", new ColumnForm
        {
            Slug = column.Slug, Name = column.Name, NameEn = column.NameEn, Description = column.Description,
            ParentId = column.ParentId, SortOrder = column.SortOrder, UpdateCycle = column.UpdateCycle,
        });
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Rename(int id, ColumnForm form, CancellationToken ct)
    {
        var column = await columns.FindAsync(id, ct);
        if (column is null) return NotFound();
        try
        {
            await columns.RenameAsync(id, form.Name, form.NameEn, form.Description, form.UpdateCycle, ct);
            return RedirectToAction(nameof(Index));
        }
        catch (DomainException e)
        {
            form.Slug = column.Slug;
            form.ParentId = column.ParentId;
            form.SortOrder = column.SortOrder;
            return await Refused("ColumnEdit", form, id, e, ct);
        }
    }

    [HttpPost("{id:int}/move")]
    public async Task<IActionResult> Move(int id, int? parentId, int? sortOrder, CancellationToken ct)
    {
        RefuseUnreadableNumbers();
        await columns.MoveAsync(id, parentId, sortOrder, ct);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        await columns.DeleteAsync(id, ct);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>An unreadable parent or sort order binds as null, which would silently mean "top" or "last".</summary>
    private void RefuseUnreadableNumbers()
    {
        if (ModelState.IsValid) return;
        ModelState.Clear();
        throw new DomainException("columns.number_invalid");
    }

    private async Task<IActionResult> Refused(string view, ColumnForm form, int? id, DomainException e, CancellationToken ct)
    {
        ModelState.AddModelError("", strings[e.MessageKey, [.. e.Arguments]]);
        ViewData["Tree"] = await columns.TreeAsync(ct);
        ViewData["ColumnId"] = id;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(view, form);
    }
}
