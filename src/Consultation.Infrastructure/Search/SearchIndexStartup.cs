using Consultation.Core.Search;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// On start, decides whether this node's index can be trusted: an empty, unreadable or old-layout index, one written
/// for another database (its outbox position is ahead of the table) or one that was away so long that the messages
/// after its position were purged, is rebuilt from the database in the background while the site serves.
/// </summary>
public sealed class SearchIndexStartup(SearchIndex index, SearchIndexRebuild rebuild, IServiceScopeFactory scopes,
    IOptions<SeedOptions> seed, ILogger<SearchIndexStartup> logger) : IHostedService
{
    /// <summary>Starter synonyms for a demo site, from the notice's own vocabulary.</summary>
    private static readonly (string Term, string Alternatives)[] DemoSynonyms =
    [
        ("义教", "义务教育"),
        ("双减", "减轻义务教育阶段学生作业负担和校外培训负担, 减负"),
        ("政务公开", "信息公开"),
    ];

    private Task _check = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _check = Task.Run(CheckAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Completes once the start-up check is done and any rebuild it asked for has finished.</summary>
    public async Task WhenReadyAsync()
    {
        await _check;
        await rebuild.WhenIdleAsync();
    }

    /// <summary>A rebuild still running at shutdown is stopped (the next start rebuilds again), so nothing writes on.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        rebuild.Stop();
        try
        {
            await _check.WaitAsync(cancellationToken);
            await rebuild.WhenIdleAsync().WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Shutdown is being forced; the half-built generation is discarded on the next start.
        }
    }

    private async Task CheckAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            if (seed.Value.DemoData && !await db.SearchSynonyms.AnyAsync())
            {
                db.SearchSynonyms.AddRange(DemoSynonyms.Select(s => SearchSynonym.Create(s.Term, s.Alternatives)));
                await db.SaveChangesAsync();
            }
            var reason = index.Problem ?? await StaleReasonAsync(db, index.Position);
            if (reason is null) return;
            logger.LogWarning("Search index needs a rebuild ({Reason}); serving what it has meanwhile", reason);
            await rebuild.StartAsync();
        }
        catch (Exception e)
        {
            logger.LogError(e, "Search index start-up check failed");
        }
    }

    private static async Task<string?> StaleReasonAsync(ConsultationDbContext db, long position)
    {
        var latest = await db.OutboxMessages.MaxAsync(m => (long?)m.Id) ?? 0;
        if (position > latest) return "position ahead of the outbox: index of another database";
        if (position == 0 || position == latest) return null;
        var kept = await db.OutboxMessages.AnyAsync(m => m.Id == position);
        return kept ? null : "messages after the index's position were purged";
    }
}
