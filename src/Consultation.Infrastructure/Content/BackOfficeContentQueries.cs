using Consultation.Core.Content;
using Consultation.Core.Publishing;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Content;

/// <summary>Read side of the back office: article lists. Review queues are <c>ReviewQueueQueries</c>, across every kind.</summary>
public sealed class BackOfficeContentQueries(ConsultationDbContext db)
{
    public sealed record ArticleRow(int Id, string Title, string ColumnName, ReviewState State, bool IsPublished,
        int CurrentVersion, DateTimeOffset? PublishAt, DateTimeOffset? UnpublishAt, string? ReturnComment);

    public Task<List<Column>> ColumnsAsync(CancellationToken ct = default) =>
        db.Columns.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(ct);

    public Task<List<ArticleRow>> ArticlesAsync(int? columnId, ReviewState? state, CancellationToken ct = default)
    {
        var query = db.Articles.AsNoTracking().AsQueryable();
        if (columnId is { } c) query = query.Where(a => a.ColumnId == c);
        if (state is { } s) query = query.Where(a => a.Workflow.State == s);
        return Rows(query).Take(500).ToListAsync(ct);
    }

    private IQueryable<ArticleRow> Rows(IQueryable<Article> query) =>
        from a in query
        join c in db.Columns on a.ColumnId equals c.Id
        join v in db.ArticleVersions on new { a.Id, N = a.CurrentVersionNumber } equals new { Id = v.ArticleId, N = v.Number }
        orderby a.Id descending
        select new ArticleRow(a.Id, v.Title, c.Name, a.Workflow.State, a.PublishedVersionNumber != null,
            a.CurrentVersionNumber, a.PublishAt, a.UnpublishAt, a.Workflow.ReturnComment);
}
