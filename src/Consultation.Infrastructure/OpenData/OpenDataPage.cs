namespace Consultation.Infrastructure.OpenData;

/// <summary>
/// One page of a keyset walk: the rows after a key in id order, and the key to continue after when more remain. Rows
/// added while a client walks get higher ids, so every row is met exactly once and no walk is capped.
/// </summary>
public sealed record OpenDataPage<T>(IReadOnlyList<T> Items, long? NextAfter)
{
    /// <summary>From <paramref name="fetched"/>, read with one row more than <paramref name="limit"/> to tell whether more remain.</summary>
    public static OpenDataPage<T> From(IReadOnlyList<T> fetched, int limit, Func<T, long> key)
    {
        var items = fetched.Take(limit).ToList();
        return new OpenDataPage<T>(items, fetched.Count > limit ? key(items[^1]) : null);
    }
}
