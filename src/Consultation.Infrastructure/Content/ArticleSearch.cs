using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Markdown;
using Consultation.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Content;

/// <summary>
/// An article (文章) as the public reads it: the published version only, so a newer draft or a version still in
/// 三审 is not searchable until it is published; its 文号 and 发布机构 as summary; its column for the facet.
/// </summary>
public sealed class ArticleSearch(ConsultationDbContext db, MarkdownRenderer markdown) : SearchableKind
{
    public override string SubjectType => "article";

    public override Task<IReadOnlyList<string>> PublicKeysAsync(CancellationToken ct) =>
        KeysAsync(db.Articles.Where(a => a.PublishedVersionNumber != null).Select(a => a.Id), ct);

    public override async Task<IReadOnlyList<SearchDocument>> DocumentsAsync(IReadOnlyCollection<string> keys,
        CancellationToken ct)
    {
        var ids = Ids(keys);
        var published = await (from a in db.Articles.AsNoTracking()
                               join v in db.ArticleVersions.AsNoTracking() on a.Id equals v.ArticleId
                               where ids.Contains(a.Id) && a.PublishedVersionNumber == v.Number
                               select new { a.Id, a.ColumnId, a.PublishedAt, Version = v }).ToListAsync(ct);
        return published.Select(x =>
        {
            var m = x.Version.Metadata;
            var date = x.PublishedAt ?? x.Version.SavedAt;
            return new SearchDocument(Key(x.Id), $"article:{Key(x.Id)}", SearchKind.Article, x.Version.Title,
                string.Join(' ', new[] { m.DocumentNumber, m.Publisher, m.IndexNumber }.Where(s => s.Length > 0)),
                markdown.ToPlainText(x.Version.BodyMarkdown), $"/articles/{Key(x.Id)}", date)
            { ColumnId = x.ColumnId, Year = m.PublishedOn?.Year ?? Core.ShanghaiTime.DayOf(date).Year };
        }).ToList();
    }
}
