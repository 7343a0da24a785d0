using Consultation.Core.Content;
using Consultation.Core.WorkPoints;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Content;

/// <summary>Read side of the public site: only published versions are ever returned.</summary>
public sealed class PublicContentQueries(ConsultationDbContext db)
{
    public sealed record ArticleSummary(int Id, string Title, DateTimeOffset? PublishedAt);

    public sealed record ColumnWithLatest(Column Column, IReadOnlyList<ArticleSummary> Latest);

    public sealed record ColumnPage(Column Column, IReadOnlyList<Column> Children, KeysetPage<ArticleSummary> Items);

    public sealed record PublishedArticle(Article Article, ArticleVersion Version, Column Column,
        IReadOnlyList<WorkPoint> WorkPoints);

    public Task<List<Column>> TopLevelColumnsAsync(CancellationToken ct = default) =>
        db.Columns.AsNoTracking().Where(c => c.ParentId == null).OrderBy(c => c.SortOrder).ToListAsync(ct);

    public async Task<IReadOnlyList<ColumnWithLatest>> HomeAsync(int perColumn, CancellationToken ct = default)
    {
        var columns = await db.Columns.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(ct);
        var result = new List<ColumnWithLatest>();
        foreach (var column in columns)
        {
            var latest = await Published(column.Id).Take(perColumn).ToListAsync(ct);
            result.Add(new ColumnWithLatest(column, latest));
        }
        return result;
    }

    /// <summary>A column's published articles, newest first, keyset-paged by (publication time, id).</summary>
    public async Task<ColumnPage?> ColumnAsync(string slug, string? cursor, int pageSize, CancellationToken ct = default)
    {
        var column = await db.Columns.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, ct);
        if (column is null) return null;
        var children = await db.Columns.AsNoTracking().Where(c => c.ParentId == column.Id).OrderBy(c => c.SortOrder)
            .ToListAsync(ct);
        // Paged over the article rows (small: the text is in the versions), then summarised.
        var items = await Keyset.PageAsync(db.Articles.AsNoTracking()
                .Where(a => a.ColumnId == column.Id && a.PublishedVersionNumber != null),
            a => a.PublishedAt, a => a.Id, cursor, pageSize, ct);
        return new ColumnPage(column, children, items.Select(a => new ArticleSummary(a.Id, a.PublishedTitle!, a.PublishedAt)));
    }

    public async Task<PublishedArticle?> ArticleAsync(int id, CancellationToken ct = default)
    {
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.PublishedVersionNumber != null, ct);
        return article is null ? null : await WithVersionAsync(article, article.PublishedVersionNumber!.Value, ct);
    }

    /// <summary>The private preview shows the newest working version, published or not.</summary>
    public async Task<PublishedArticle?> PreviewAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64) return null;
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.PreviewToken == token, ct);
        return article is null ? null : await WithVersionAsync(article, article.CurrentVersionNumber, ct);
    }

    /// <summary>The newest year with a work-points table, if any.</summary>
    public Task<int?> LatestWorkPointsYearAsync(CancellationToken ct = default) =>
        db.WorkPoints.MaxAsync(w => (int?)w.Year, ct);

    public Task<List<WorkPoint>> WorkPointsAsync(int year, CancellationToken ct = default) =>
        db.WorkPoints.AsNoTracking().Where(w => w.Year == year).OrderBy(w => w.SortOrder).ToListAsync(ct);

    private async Task<PublishedArticle> WithVersionAsync(Article article, int number, CancellationToken ct)
    {
        var version = await db.ArticleVersions.AsNoTracking()
            .SingleAsync(v => v.ArticleId == article.Id && v.Number == number, ct);
        var column = await db.Columns.AsNoTracking().SingleAsync(c => c.Id == article.ColumnId, ct);
        var workPoints = article.WorkPlanYear is { } year ? await WorkPointsAsync(year, ct) : [];
        return new PublishedArticle(article, version, column, workPoints);
    }

    private IQueryable<ArticleSummary> Published(int columnId) => db.Articles.AsNoTracking()
        .Where(a => a.ColumnId == columnId && a.PublishedVersionNumber != null)
        .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
        .Select(a => new ArticleSummary(a.Id, a.PublishedTitle!, a.PublishedAt));
}
