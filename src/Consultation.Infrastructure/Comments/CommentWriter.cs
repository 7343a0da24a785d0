using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Comments;

/// <summary>
/// The single writer behind the comment queue (group commit): takes what is waiting, stores it in one transaction and
/// only then answers each request with its receipt. One per node; nodes share nothing but the database, whose unique
/// idempotency key keeps a retry that reached two nodes to one comment.
/// </summary>
public sealed class CommentWriter(CommentQueue queue, IServiceScopeFactory scopes, IOptions<CommentIntakeOptions> options,
    ILogger<CommentWriter> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var wait = TimeSpan.FromMilliseconds(Math.Max(0, settings.MaxWaitMilliseconds));
        // Deliberately not stoppingToken: on shutdown the queue is closed and this loop ends only once it is empty, so
        // every submission already queued is stored and answered (graceful shutdown drains).
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            var batch = await CommentBatching.NextAsync(queue.Reader, Math.Max(1, settings.BatchSize), wait);
            if (batch.Count > 0) await WriteAsync(batch);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Close();
        await base.StopAsync(cancellationToken);
    }

    private async Task WriteAsync(List<PendingComment> batch)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ICommentBatchStore>().StoreAsync(batch, CancellationToken.None);
            log.LogDebug("Stored a batch of {Count} comments in {Milliseconds:F1} ms ({Waiting} waiting)", batch.Count,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, queue.Count);
        }
        catch (Exception e)
        {
            // The database could not be reached at all: nothing of this batch was acknowledged, each request fails
            // (the citizen's text is still in the browser) and the writer carries on with the next batch.
            log.LogError(e, "Storing a batch of {Count} comments failed", batch.Count);
        }
        finally
        {
            foreach (var pending in batch.Where(p => !p.IsSettled))
                pending.Refused(new InvalidOperationException("The comment batch was not stored."));
        }
    }
}
