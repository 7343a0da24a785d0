using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// One kind of public record the search index holds (policies, articles, comments …). The index, the outbox feed and
/// the full rebuild serve every kind through this; adding a kind is one subclass registered with
/// <see cref="SearchModule.AddSearchableKind{TKind}"/> in its feature's module. Scoped: it reads the database.
/// </summary>
public abstract class SearchableKind
{
    /// <summary>The aggregate's subject type as its outbox messages carry it (its <c>AuditSubjectType</c>).</summary>
    public abstract string SubjectType { get; }

    /// <summary>
    /// The documents the public may read now for the given subjects: the last approved, published version only. A
    /// subject with none (unpublished, withdrawn, never public) simply has none, and its old documents are removed.
    /// </summary>
    public abstract Task<IReadOnlyList<SearchDocument>> DocumentsAsync(IReadOnlyCollection<string> keys,
        CancellationToken ct);

    /// <summary>Every subject with something public, for a full rebuild.</summary>
    public abstract Task<IReadOnlyList<string>> PublicKeysAsync(CancellationToken ct);

    /// <summary>The keys of the records <paramref name="ids"/> selects, for <see cref="PublicKeysAsync"/>.</summary>
    protected static async Task<IReadOnlyList<string>> KeysAsync(IQueryable<int> ids, CancellationToken ct) =>
        (await ids.ToListAsync(ct)).Select(id => Key(id)).ToList();

    /// <summary>The keys that are numbers; anything else cannot name a stored record.</summary>
    protected static List<int> Ids(IEnumerable<string> keys) =>
        keys.Select(k => int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().ToList();

    protected static List<long> LongIds(IEnumerable<string> keys) =>
        keys.Select(k => long.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().ToList();

    /// <summary>The opening words of a text, for a title where the record has none of its own.</summary>
    protected static string Opening(string text, int length = 40)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= length ? flat : flat[..length] + "…";
    }

    protected static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
