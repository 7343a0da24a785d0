using Consultation.Infrastructure.Comments;

namespace Consultation.IntegrationTests.Comments;

/// <summary>
/// Holds the comment writer's next batch until <see cref="Open"/>, as a slow disk or a long commit would, so a test can
/// fill the queue or gather a known batch; then the site's real store runs.
/// </summary>
internal sealed class HeldCommentWriter
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed when the writer has taken a batch and is waiting to store it.</summary>
    public TaskCompletionSource Holding { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => _open.TrySetResult();

    /// <summary>The store the site uses, behind this hold.</summary>
    public sealed class Store(HeldCommentWriter hold, CommentBatches inner) : ICommentBatchStore
    {
        public async Task StoreAsync(IReadOnlyList<PendingComment> batch, CancellationToken ct)
        {
            hold.Holding.TrySetResult();
            await hold._open.Task;
            await inner.StoreAsync(batch, ct);
        }
    }
}
