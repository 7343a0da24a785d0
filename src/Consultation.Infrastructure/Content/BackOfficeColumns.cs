using Consultation.Core;
using Consultation.Core.Content;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Content;

/// <summary>
/// Editing the 栏目 tree. The column guards its own name, slug and cycles; this adds what needs the database:
/// slugs unique across the tree, parents that exist, and no deleting a column that still holds something.
/// </summary>
public sealed class BackOfficeColumns(ConsultationDbContext db)
{
    /// <summary>Gap between siblings, so a column can later be slotted between two others without renumbering.</summary>
    public const int SortStep = 10;

    public async Task<IReadOnlyList<ColumnTree.Node>> TreeAsync(CancellationToken ct = default) =>
        ColumnTree.Flatten(await db.Columns.AsNoTracking().ToListAsync(ct));

    public Task<Column?> FindAsync(int id, CancellationToken ct = default) =>
        db.Columns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);

    public async Task<Column> CreateAsync(string? slug, string? name, string? nameEn, string? description, int? parentId,
        int? sortOrder, ColumnUpdateCycle updateCycle = ColumnUpdateCycle.None, CancellationToken ct = default)
    {
        if (parentId is { } p && !await db.Columns.AnyAsync(c => c.Id == p, ct)) throw new DomainException("columns.parent_missing");
        var order = sortOrder ?? await NextSortOrderAsync(parentId, ct);
        var column = Column.Create(slug ?? "", name ?? "", nameEn ?? "", parentId, order, description ?? "");
        column.ChangeUpdateCycle(updateCycle);
        // Checked before saving so the editor sees a message, not the unique index's error page.
        if (await db.Columns.AnyAsync(c => c.Slug == column.Slug, ct)) throw new DomainException("columns.slug_taken", column.Slug);
        db.Columns.Add(column);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone saved the same slug between our check and our insert: same answer as the check.
            db.Entry(column).State = EntityState.Detached;
            if (await SlugTakenByAnotherAsync(column, ct)) throw new DomainException("columns.slug_taken", column.Slug);
            throw;
        }
        return column;
    }

    /// <summary>Renames the column and sets its update cycle, both in one save.</summary>
    public Task RenameAsync(int id, string? name, string? nameEn, string? description,
        ColumnUpdateCycle? updateCycle = null, CancellationToken ct = default) =>
        db.ChangeAsync(db.Columns.Where(c => c.Id == id), c =>
        {
            c.Rename(name ?? "", nameEn ?? "", description ?? "");
            if (updateCycle is { } cycle) c.ChangeUpdateCycle(cycle);
        }, ct);

    /// <summary>Moves under <paramref name="parentId"/> (null: the top); <c>Column.MoveUnder</c> refuses a cycle.</summary>
    public async Task MoveAsync(int id, int? parentId, int? sortOrder, CancellationToken ct = default)
    {
        var all = await db.Columns.ToListAsync(ct);
        var column = all.SingleOrDefault(c => c.Id == id) ?? throw new ItemNotFoundException();
        Column? parent = null;
        if (parentId is { } p) parent = all.SingleOrDefault(c => c.Id == p) ?? throw new DomainException("columns.parent_missing");
        var order = sortOrder ?? (all.Where(c => c.ParentId == parentId && c.Id != id).Select(c => c.SortOrder)
            .DefaultIfEmpty(0).Max() + SortStep);
        column.MoveUnder(parent, all, order);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Only an empty leaf can go: articles and sub-columns are never orphaned or deleted with it.</summary>
    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var column = await LoadAsync(id, ct);
        if (await db.Columns.AnyAsync(c => c.ParentId == id, ct)) throw new DomainException("columns.delete_has_children");
        if (await db.Articles.AnyAsync(a => a.ColumnId == id, ct)) throw new DomainException("columns.delete_has_articles");
        db.Columns.Remove(column);
        await db.SaveChangesAsync(ct);
    }

    private async Task<Column> LoadAsync(int id, CancellationToken ct) =>
        await db.Columns.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new ItemNotFoundException();

    private async Task<int> NextSortOrderAsync(int? parentId, CancellationToken ct) =>
        (await db.Columns.Where(c => c.ParentId == parentId).MaxAsync(c => (int?)c.SortOrder, ct) ?? 0) + SortStep;

    private Task<bool> SlugTakenByAnotherAsync(Column column, CancellationToken ct) =>
        db.Columns.AsNoTracking().AnyAsync(c => c.Slug == column.Slug && c.Id != column.Id, ct);
}
