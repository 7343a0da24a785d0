using Consultation.Core.Comments;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Comments;

/// <summary>
/// A published comment (评论) as the consultation page shows it: the text, and the name only when the citizen agreed
/// to its publication; organisation and contact details never. A held or refused comment leaves the index.
/// </summary>
public sealed class CommentSearch(ConsultationDbContext db) : SearchableKind
{
    public override string SubjectType => "comment";

    public override async Task<IReadOnlyList<string>> PublicKeysAsync(CancellationToken ct) =>
        (await db.Comments.Where(Comment.Public)
            .Where(c => db.Consultations.Any(p => p.Id == c.ConsultationId && p.PublishedAt != null))
            .Select(c => c.Id).ToListAsync(ct)).Select(Key).ToList();

    public override async Task<IReadOnlyList<SearchDocument>> DocumentsAsync(IReadOnlyCollection<string> keys,
        CancellationToken ct)
    {
        var ids = LongIds(keys);
        var comments = await (from c in db.Comments.AsNoTracking().Where(Comment.Public)
                              join p in db.Consultations on c.ConsultationId equals p.Id
                              where ids.Contains(c.Id) && p.PublishedAt != null
                              select new { Comment = c, p.Slug, p.Title }).ToListAsync(ct);
        return comments.Select(x =>
        {
            var c = x.Comment;
            var context = c.ClauseLabel is null ? x.Title : $"{x.Title} {c.ClauseLabel}";
            // Newest first, the page lists comments older than "after": this opens it at the comment itself.
            var url = $"/consultations/{x.Slug}?after={Key(c.Id + 1)}#comment-{Key(c.Id)}";
            return new SearchDocument(Key(c.Id), $"comment:{Key(c.Id)}", SearchKind.Comment, Opening(c.PublicBody),
                c.PublishName && !string.IsNullOrWhiteSpace(c.Name) ? c.Name! : "", c.PublicBody, url, c.ReceivedAt)
            { Context = context };
        }).ToList();
    }
}
