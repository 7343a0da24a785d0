using Consultation.Core;
using Consultation.Core.Comments;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Comments;

/// <summary>
/// The sensitive-word list: a web comment containing one of these waits in the hold queue for an editor. Each change
/// tells every node through the outbox, in the same transaction, so their comment writers stop using the old list
/// (<see cref="IntakeCache"/>).
/// </summary>
public sealed class SensitiveWords(ConsultationDbContext db, IntakeCache cache)
{
    public Task<List<SensitiveWord>> ListAsync(CancellationToken ct = default) =>
        db.SensitiveWords.AsNoTracking().OrderBy(w => w.Word).ToListAsync(ct);

    /// <summary>
    /// Adds a word. Duplicates are refused ignoring case, as matching ignores case; the unique index alone would let
    /// "ABC" and "abc" both in on PostgreSQL and would answer a plain duplicate with an error page.
    /// </summary>
    public async Task AddAsync(string? word, CancellationToken ct)
    {
        var entry = SensitiveWord.Create(word ?? "");
        var words = await ListAsync(ct);
        if (words.Any(w => string.Equals(w.Word, entry.Word, StringComparison.OrdinalIgnoreCase)))
            throw new DomainException("cadmin.word_duplicate", entry.Word);
        db.SensitiveWords.Add(entry);
        await SaveAsync(ct);
    }

    /// <summary>Removes a word; one already gone (a second click) is nothing to do.</summary>
    public async Task RemoveAsync(int id, CancellationToken ct)
    {
        if (await db.SensitiveWords.SingleOrDefaultAsync(w => w.Id == id, ct) is not { } word) return;
        db.SensitiveWords.Remove(word);
        await SaveAsync(ct);
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveWithInstructionAsync(
            OutboxMessage.Instruction(OutboxKinds.SensitiveWordsChanged, "comments", "sensitive-words", ""), ct);
        cache.DropWords(); // this node at once; the others when they read the message
    }
}
