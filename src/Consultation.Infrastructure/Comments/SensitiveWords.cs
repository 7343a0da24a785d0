using Consultation.Core;
using Consultation.Core.Comments;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Comments;

/// <summary>The sensitive-word list: a web comment containing one of these waits in the hold queue for an editor.</summary>
public sealed class SensitiveWords(ConsultationDbContext db)
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
        await db.SaveChangesAsync(ct);
    }

    public Task RemoveAsync(int id, CancellationToken ct) =>
        db.SensitiveWords.Where(w => w.Id == id).ExecuteDeleteAsync(ct);
}
