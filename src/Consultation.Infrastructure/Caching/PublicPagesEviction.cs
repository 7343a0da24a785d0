using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Caching;

/// <summary>
/// The one place cached public pages are evicted: every save passes through here, so publishing through 三审,
/// moderation, a report, meetings, the catalog, the calendar and the scheduled publisher (a job that saves) are all
/// covered without each service remembering to. The eviction runs once the change is committed (after the save, or
/// after the caller's transaction commits), so a request in between cannot put the old state back into the cache.
/// Hosts without an output cache (command-line tools) have no store and nothing to evict.
/// </summary>
public sealed class PublicPagesEviction(IServiceProvider services) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Marker = new();

    /// <summary>Contexts whose pending change shows something public; weak, so a context that fails to save is not kept.</summary>
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Committed(eventData.Context) is { } store) Evict(store).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (Committed(eventData.Context) is { } store) await Evict(store);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Take(eventData.Context) is { } store) Evict(store).AsTask().GetAwaiter().GetResult();
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } store) await Evict(store);
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    // Not the request's token: once committed, the eviction must happen even if the visitor has gone.
    private static ValueTask Evict(IOutputCacheStore store) => store.EvictByTagAsync(PublicPages.Tag, CancellationToken.None);

    private void Remember(DbContext? context)
    {
        if (context is not null && PublicPages.AnyShown(context.ChangeTracker.Entries())) _pending.AddOrUpdate(context, Marker);
    }

    /// <summary>The store to evict from now, unless the save is inside a transaction that has yet to commit.</summary>
    private IOutputCacheStore? Committed(DbContext? context) =>
        context?.Database.CurrentTransaction is null ? Take(context) : null;

    private IOutputCacheStore? Take(DbContext? context) =>
        context is not null && _pending.Remove(context) ? services.GetService<IOutputCacheStore>() : null;

    private void Forget(DbContext? context)
    {
        if (context is not null) _pending.Remove(context);
    }
}
