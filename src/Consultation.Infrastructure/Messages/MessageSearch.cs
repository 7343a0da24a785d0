using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Messages;

/// <summary>
/// A message whose answer was published after 终审: the masked subject, the question as the office published it and the
/// answer. Never the asker's name, contact or original wording; an answer is final, so the document never changes.
/// </summary>
public sealed class MessageSearch(ConsultationDbContext db) : SearchableKind
{
    public override string SubjectType => "message";

    public override Task<IReadOnlyList<string>> PublicKeysAsync(CancellationToken ct) =>
        KeysAsync(db.Messages.Where(m => m.PublishedAt != null).Select(m => m.Id), ct);

    public override async Task<IReadOnlyList<SearchDocument>> DocumentsAsync(IReadOnlyCollection<string> keys,
        CancellationToken ct)
    {
        var ids = Ids(keys);
        var messages = await db.Messages.AsNoTracking().Where(m => ids.Contains(m.Id) && m.PublishedAt != null)
            .ToListAsync(ct);
        return messages.Select(m => new SearchDocument(Key(m.Id), $"message:{Key(m.Id)}", SearchKind.Message,
            m.PublicSubject, m.PublicQuestion ?? "", m.AnswerText ?? "", $"/messages/{Key(m.Id)}", m.PublishedAt!.Value)
        { Context = m.Office ?? "" }).ToList();
    }
}
