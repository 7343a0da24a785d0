using Consultation.Core.Comments;
using Consultation.Infrastructure.Comments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Consultation.UnitTests.Comments;

/// <summary>The group-commit writer: batches what waits, answers only after the store, drains on shutdown.</summary>
public sealed class CommentWriterTests
{
    private static CommentIntakeOptions Settings(int capacity = 100, int batch = 10) =>
        new() { QueueCapacity = capacity, BatchSize = batch, MaxWaitMilliseconds = 0 };

    private static (CommentQueue Queue, CommentWriter Writer) Build(CommentIntakeOptions settings, ICommentBatchStore store)
    {
        var services = new ServiceCollection().AddSingleton(store).BuildServiceProvider();
        var queue = new CommentQueue(Options.Create(settings), TimeProvider.System);
        var writer = new CommentWriter(queue, services.GetRequiredService<IServiceScopeFactory>(), Options.Create(settings),
            NullLogger<CommentWriter>.Instance);
        return (queue, writer);
    }

    private static PendingComment Enqueue(CommentQueue queue, string body) =>
        queue.TryEnqueue("draft", new CommentDraft(null, body, null, null, null, false, "")) ?? throw new InvalidOperationException("full");

    [Fact]
    public async Task Comments_arriving_during_a_commit_are_stored_together_in_batches_no_larger_than_configured()
    {
        var store = new RecordingStore();
        var (queue, writer) = Build(Settings(batch: 10), store);
        await writer.StartAsync(CancellationToken.None);
        var first = Enqueue(queue, "0");
        await store.FirstBatchStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var rest = Enumerable.Range(1, 25).Select(i => Enqueue(queue, i.ToString())).ToList();

        store.Release();
        var receipts = await Task.WhenAll(rest.Prepend(first).Select(p => p.Receipt)).WaitAsync(TimeSpan.FromSeconds(10));
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal([1, 10, 10, 5], store.BatchSizes);
        Assert.Equal(Enumerable.Range(0, 26).Select(i => i.ToString()), receipts.Select(r => r.Code));
    }

    [Fact]
    public async Task No_request_is_answered_before_its_batch_is_stored()
    {
        var store = new RecordingStore();
        var (queue, writer) = Build(Settings(), store);
        await writer.StartAsync(CancellationToken.None);
        var pending = Enqueue(queue, "意见");
        await store.FirstBatchStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await Task.Delay(50);
        Assert.False(pending.Receipt.IsCompleted);
        store.Release();
        Assert.Equal("意见", (await pending.Receipt.WaitAsync(TimeSpan.FromSeconds(10))).Code);
        await writer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Shutdown_stores_and_answers_everything_already_queued_and_accepts_nothing_more()
    {
        var store = new RecordingStore();
        var (queue, writer) = Build(Settings(batch: 7), store);
        await writer.StartAsync(CancellationToken.None);
        var queued = Enumerable.Range(0, 50).Select(i => Enqueue(queue, i.ToString())).ToList();
        await store.FirstBatchStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var stopping = writer.StopAsync(CancellationToken.None);
        Assert.Null(queue.TryEnqueue("draft", new CommentDraft(null, "too late", null, null, null, false, "")));
        store.Release();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.All(queued, p => Assert.True(p.Receipt.IsCompletedSuccessfully));
        Assert.Equal(50, store.BatchSizes.Sum());
    }

    [Fact]
    public async Task A_batch_the_store_cannot_take_fails_its_own_requests_and_the_writer_goes_on()
    {
        var store = new RecordingStore { FailFirstBatch = true };
        var (queue, writer) = Build(Settings(), store);
        await writer.StartAsync(CancellationToken.None);
        var failed = Enqueue(queue, "a");
        await store.FirstBatchStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        store.Release();
        await Assert.ThrowsAnyAsync<Exception>(() => failed.Receipt.WaitAsync(TimeSpan.FromSeconds(10)));

        var later = Enqueue(queue, "b");
        Assert.Equal("b", (await later.Receipt.WaitAsync(TimeSpan.FromSeconds(10))).Code);
        await writer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void A_full_queue_refuses_at_once_instead_of_waiting()
    {
        var (queue, _) = Build(Settings(capacity: 2), new RecordingStore());
        Enqueue(queue, "1");
        Enqueue(queue, "2");

        Assert.Null(queue.TryEnqueue("draft", new CommentDraft(null, "3", null, null, null, false, "")));
        Assert.Equal(2, queue.Count);
    }

    /// <summary>Answers each item with its body as the code; the first batch waits for <see cref="Release"/>.</summary>
    private sealed class RecordingStore : ICommentBatchStore
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource FirstBatchStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public List<int> BatchSizes { get; } = [];
        public bool FailFirstBatch { get; init; }

        public void Release() => _release.TrySetResult();

        public async Task StoreAsync(IReadOnlyList<PendingComment> batch, CancellationToken ct)
        {
            var first = BatchSizes.Count == 0;
            BatchSizes.Add(batch.Count);
            if (first)
            {
                FirstBatchStarted.TrySetResult();
                await _release.Task;
                if (FailFirstBatch) throw new InvalidOperationException("database unreachable");
            }
            foreach (var pending in batch)
                pending.Stored(new CommentReceipt(pending.Draft.Body, pending.SubmittedAt, "", CommentStatus.Received,
                    pending.Slug, "草案"));
        }
    }
}
