using Consultation.Core;
using Consultation.Core.Search;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Search;

/// <summary>The administrator's synonym list. Each change tells every node through the outbox, in the same transaction.</summary>
public sealed class BackOfficeSynonyms(ConsultationDbContext db, SynonymList cache)
{
    public Task<List<SearchSynonym>> ListAsync(CancellationToken ct = default) =>
        db.SearchSynonyms.AsNoTracking().OrderBy(s => s.Term).ToListAsync(ct);

    public async Task AddAsync(string? term, string? alternatives, CancellationToken ct = default)
    {
        var synonym = SearchSynonym.Create(term, alternatives);
        if (await db.SearchSynonyms.AnyAsync(s => s.Term == synonym.Term, ct))
            throw new DomainException("synonym.duplicate", synonym.Term);
        db.SearchSynonyms.Add(synonym);
        await SaveAsync(ct);
    }

    public async Task RemoveAsync(int id, CancellationToken ct = default)
    {
        var synonym = await db.SearchSynonyms.SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new ItemNotFoundException();
        db.SearchSynonyms.Remove(synonym);
        await SaveAsync(ct);
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveWithInstructionAsync(
            OutboxMessage.Instruction(OutboxKinds.SearchSynonymsChanged, "search", "synonyms", ""), ct);
        cache.Invalidate(); // this node at once; the others when they read the message
    }
}
