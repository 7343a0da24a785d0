namespace Consultation.Infrastructure.Database;

/// <summary>One page of a newest-first list and the cursors of its neighbours (null where there is none).</summary>
public sealed record KeysetPage<T>(IReadOnlyList<T> Items, string? Newer, string? Older)
{
    public bool HasNeighbours => Newer is not null || Older is not null;

    public KeysetPage<TOut> Select<TOut>(Func<T, TOut> map) => With([.. Items.Select(map)]);

    /// <summary>The same page and neighbours with its rows replaced, e.g. by rows built with one query for the page.</summary>
    public KeysetPage<TOut> With<TOut>(IReadOnlyList<TOut> items) => new(items, Newer, Older);
}
