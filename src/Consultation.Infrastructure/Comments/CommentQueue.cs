using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Comments;

/// <summary>
/// The bounded queue in front of the comment writer, one per process. A full queue refuses at once instead of letting
/// requests pile up, so a flash crowd gets a clear "try again" rather than time-outs and a fallen-over site.
/// </summary>
public sealed class CommentQueue(IOptions<CommentIntakeOptions> options, TimeProvider clock)
{
    private readonly Channel<PendingComment> _channel = Channel.CreateBounded<PendingComment>(
        new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity))
        {
            FullMode = BoundedChannelFullMode.Wait, // TryWrite then answers false instead of dropping anything
            SingleReader = true,
        });

    public ChannelReader<PendingComment> Reader => _channel.Reader;

    /// <summary>Submissions waiting now (for metrics and the dashboard).</summary>
    public int Count => _channel.Reader.Count;

    /// <summary>The queued submission, or null when the queue is full or the site is shutting down.</summary>
    public PendingComment? TryEnqueue(string slug, Core.Comments.CommentDraft draft, Captcha.CaptchaSpend? spend = null)
    {
        var pending = new PendingComment(slug, draft, clock.GetUtcNow(), spend);
        return _channel.Writer.TryWrite(pending) ? pending : null;
    }

    /// <summary>Accepts nothing more; the writer still stores what is queued (graceful shutdown drains).</summary>
    public void Close() => _channel.Writer.TryComplete();
}
