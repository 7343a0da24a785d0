using System.Threading.Channels;

namespace Consultation.Infrastructure.Comments;

/// <summary>How the writer takes its next batch from the queue.</summary>
public static class CommentBatching
{
    /// <summary>
    /// Everything already waiting, up to <paramref name="max"/>; if that is fewer, whatever else arrives within
    /// <paramref name="wait"/>. Returns early when the queue is closed, with what it has (possibly nothing).
    /// </summary>
    public static async Task<List<T>> NextAsync<T>(ChannelReader<T> reader, int max, TimeSpan wait)
    {
        var batch = new List<T>(Math.Min(max, 256));
        Drain(reader, batch, max);
        if (batch.Count >= max || wait <= TimeSpan.Zero) return batch;
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            while (batch.Count < max && await reader.WaitToReadAsync(timeout.Token)) Drain(reader, batch, max);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            // The wait is over: commit what we have.
        }
        return batch;
    }

    private static void Drain<T>(ChannelReader<T> reader, List<T> batch, int max)
    {
        while (batch.Count < max && reader.TryRead(out var item)) batch.Add(item);
    }
}
