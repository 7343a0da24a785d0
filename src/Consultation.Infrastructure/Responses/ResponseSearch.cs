using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Markdown;
using Consultation.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Responses;

/// <summary>A 舆情回应 notice once 终审 has published it; a published notice is not edited again.</summary>
public sealed class ResponseSearch(ConsultationDbContext db, MarkdownRenderer markdown) : SearchableKind
{
    public override string SubjectType => "response";

    public override Task<IReadOnlyList<string>> PublicKeysAsync(CancellationToken ct) =>
        KeysAsync(db.ResponseNotices.Where(n => n.PublishedAt != null).Select(n => n.Id), ct);

    public override async Task<IReadOnlyList<SearchDocument>> DocumentsAsync(IReadOnlyCollection<string> keys,
        CancellationToken ct)
    {
        var ids = Ids(keys);
        var notices = await db.ResponseNotices.AsNoTracking().Where(n => ids.Contains(n.Id) && n.PublishedAt != null)
            .ToListAsync(ct);
        return notices.Select(n =>
        {
            var text = markdown.ToPlainText(n.BodyMarkdown);
            return new SearchDocument(Key(n.Id), $"response:{Key(n.Id)}", SearchKind.Response, n.Title, Opening(text, 120),
                text, $"/responses/{Key(n.Id)}", n.PublishedAt!.Value);
        }).ToList();
    }
}
