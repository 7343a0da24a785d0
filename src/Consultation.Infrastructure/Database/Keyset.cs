using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Database;

/// <summary>
/// Keyset paging of newest-first lists ordered by (date, id): a page reads the rows after the cursor through the list's
/// index, never an OFFSET that skips all earlier rows, so the last page costs what the first does.
/// </summary>
public static class Keyset
{
    public static async Task<KeysetPage<T>> PageAsync<T, TId>(IQueryable<T> query, Expression<Func<T, DateTimeOffset?>> at,
        Expression<Func<T, TId>> id, string? cursor, int size, CancellationToken ct) where TId : struct, IConvertible
    {
        var from = ListCursor.Parse(cursor);
        if (from is not null) query = query.Where(Beyond(at, id, from));
        var ordered = from is { Newer: true }
            ? query.OrderBy(at).ThenBy(id)
            : query.OrderByDescending(at).ThenByDescending(id);
        var rows = await ordered.Take(size + 1).ToListAsync(ct);
        var more = rows.Count > size;
        if (more) rows.RemoveAt(size);
        if (from is { Newer: true }) rows.Reverse();
        if (rows.Count == 0) return new KeysetPage<T>(rows, null, null);

        var (atOf, idOf) = (at.Compile(), id.Compile());
        string Of(T row, bool newer) =>
            new ListCursor(atOf(row) ?? default, idOf(row).ToInt64(CultureInfo.InvariantCulture), newer).Encode();
        var hasNewer = from is { Newer: true } ? more : from is not null;
        var hasOlder = from is { Newer: true } || more;
        return new KeysetPage<T>(rows, hasNewer ? Of(rows[0], true) : null, hasOlder ? Of(rows[^1], false) : null);
    }

    /// <summary>Rows strictly past the cursor: older = (date, id) below it, newer = above it.</summary>
    private static Expression<Func<T, bool>> Beyond<T, TId>(Expression<Func<T, DateTimeOffset?>> at,
        Expression<Func<T, TId>> id, ListCursor cursor) where TId : struct, IConvertible
    {
        var row = at.Parameters[0];
        var atBody = at.Body;
        var idBody = new Rebind(id.Parameters[0], row).Visit(id.Body);
        // Read from an object, not inlined, so the database sees parameters and keeps one plan for every page.
        var bounds = Expression.Constant(new Bounds<TId>(cursor.At, (TId)Convert.ChangeType(cursor.Id, typeof(TId), CultureInfo.InvariantCulture)));
        var when = Expression.Property(bounds, nameof(Bounds<TId>.At));
        var which = Expression.Property(bounds, nameof(Bounds<TId>.Id));
        var body = cursor.Newer
            ? Expression.OrElse(Expression.GreaterThan(atBody, when),
                Expression.AndAlso(Expression.Equal(atBody, when), Expression.GreaterThan(idBody, which)))
            : Expression.OrElse(Expression.LessThan(atBody, when),
                Expression.AndAlso(Expression.Equal(atBody, when), Expression.LessThan(idBody, which)));
        // The same rows, plus a plain range on the date: PostgreSQL cannot start an index scan from the OR above and
        // otherwise walks (and throws away) every row before the cursor, so a deep page cost as much as an OFFSET.
        var range = cursor.Newer ? Expression.GreaterThanOrEqual(atBody, when) : Expression.LessThanOrEqual(atBody, when);
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(range, body), row);
    }

    private sealed record Bounds<TId>(DateTimeOffset? At, TId Id);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
