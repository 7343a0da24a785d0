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
}
