using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Database;

/// <summary>The one way a back-office change is written: load one aggregate, call one entity verb, save.</summary>
public static class AggregateChanges
{
    /// <summary>
    /// Loads the single aggregate <paramref name="one"/> selects (tracked, with what the verb needs included), applies
    /// <paramref name="change"/> and saves. A verb that refuses throws before saving, so nothing changes.
    /// </summary>
    public static async Task<T> ChangeAsync<T>(this ConsultationDbContext db, IQueryable<T> one, Action<T> change,
        CancellationToken ct) where T : class
    {
        var item = await one.SingleOrDefaultAsync(ct) ?? throw new ItemNotFoundException();
        change(item);
        await db.SaveChangesAsync(ct);
        return item;
    }

    /// <summary>
    /// Adds an aggregate received from a public form and saves it. When a copy of the same submission (same idempotency
    /// key) won a race to the unique index, answers with the stored copy instead, found by <paramref name="stored"/>.
    /// </summary>
    public static async Task<T> AddOnceAsync<T>(this ConsultationDbContext db, T item, Func<Task<T?>> stored,
        CancellationToken ct) where T : class
    {
        db.Add(item);
        try
        {
            await db.SaveChangesAsync(ct);
            return item;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var earlier = await stored();
            if (earlier is null) throw;
            return earlier;
        }
    }
}
