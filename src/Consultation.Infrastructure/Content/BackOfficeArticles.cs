using Consultation.Core;
using Consultation.Core.Accounts;
using Consultation.Core.Content;
using Consultation.Core.Review;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Content;

/// <summary>
/// Articles in the back office: lists, one article with its versions, and the editor's changes, each one entity verb
/// saved. 三审 moves are the review slice's (<see cref="ArticleReview"/>).
/// </summary>
public sealed class BackOfficeArticles(ConsultationDbContext db, TimeProvider clock)
{
    public sealed record ArticleRow(int Id, string Title, string ColumnName, ReviewState State, bool IsPublished,
        int CurrentVersion, DateTimeOffset? PublishAt, DateTimeOffset? UnpublishAt, string? ReturnComment);

    public Task<List<Column>> ColumnsAsync(CancellationToken ct = default) =>
        db.Columns.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(ct);

    public Task<bool> ColumnExistsAsync(int columnId, CancellationToken ct = default) =>
        db.Columns.AnyAsync(c => c.Id == columnId, ct);

    public Task<List<ArticleRow>> ArticlesAsync(int? columnId, ReviewState? state, CancellationToken ct = default)
    {
        var query = db.Articles.AsNoTracking().AsQueryable();
        if (columnId is { } c) query = query.Where(a => a.ColumnId == c);
        if (state is { } s) query = query.Where(a => a.Workflow.State == s);
        return Rows(query).Take(500).ToListAsync(ct);
    }

    public Task<Article?> FindAsync(int id, CancellationToken ct = default) =>
        db.Articles.AsNoTracking().Include(a => a.Versions).SingleOrDefaultAsync(a => a.Id == id, ct);

    public Task<Column> ColumnOfAsync(Article article, CancellationToken ct = default) =>
        db.Columns.AsNoTracking().SingleAsync(c => c.Id == article.ColumnId, ct);

    public Task<ArticleVersion?> VersionAsync(int id, int number, CancellationToken ct = default) =>
        db.ArticleVersions.AsNoTracking().SingleOrDefaultAsync(v => v.ArticleId == id && v.Number == number, ct);

    public async Task<int> CreateAsync(int columnId, ArticleContent content, Actor editor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var year = ShanghaiTime.DayOf(now).Year;
        var prefix = IndexNumberScheme.PrefixOf(year);
        var taken = await db.ArticleVersions.AsNoTracking().Where(v => v.Metadata.IndexNumber.StartsWith(prefix))
            .Select(v => v.Metadata.IndexNumber).ToListAsync(ct);
        var article = Article.Create(columnId, IndexNumberScheme.Filled(content, () => IndexNumberScheme.Next(year, taken)),
            editor, now);
        db.Articles.Add(article);
        await db.SaveChangesAsync(ct);
        return article.Id;
    }

    /// <summary>Saves a new version (and the column it belongs in).</summary>
    public Task ReviseAsync(int id, int columnId, ArticleContent content, Actor editor, CancellationToken ct) =>
        ChangeAsync(id, a =>
        {
            a.Revise(content, editor, clock.GetUtcNow());
            a.MoveToColumn(columnId, editor, clock.GetUtcNow());
        }, ct);

    public Task RollBackAsync(int id, int number, Actor editor, CancellationToken ct) =>
        ChangeAsync(id, a => a.RollBackTo(number, editor, clock.GetUtcNow()), ct);

    /// <summary>Sets the publication window and applies it at once if its time has already come.</summary>
    public Task ScheduleAsync(int id, DateTimeOffset? publishAt, DateTimeOffset? unpublishAt, Actor editor,
        CancellationToken ct) =>
        ChangeAsync(id, a =>
        {
            var now = clock.GetUtcNow();
            a.Schedule(publishAt, unpublishAt, editor);
            if (!a.UnpublishIfDue(now)) a.PublishIfDue(now);
        }, ct);

    public Task RegeneratePreviewAsync(int id, CancellationToken ct) =>
        ChangeAsync(id, a => a.RegeneratePreviewToken(), ct);

    private Task ChangeAsync(int id, Action<Article> change, CancellationToken ct) =>
        db.ChangeAsync(db.Articles.Include(a => a.Versions).Where(a => a.Id == id), change, ct);

    private IQueryable<ArticleRow> Rows(IQueryable<Article> query) =>
        from a in query
        join c in db.Columns on a.ColumnId equals c.Id
        join v in db.ArticleVersions on new { a.Id, N = a.CurrentVersionNumber } equals new { Id = v.ArticleId, N = v.Number }
        orderby a.Id descending
        select new ArticleRow(a.Id, v.Title, c.Name, a.Workflow.State, a.PublishedVersionNumber != null,
            a.CurrentVersionNumber, a.PublishAt, a.UnpublishAt, a.Workflow.ReturnComment);
}
