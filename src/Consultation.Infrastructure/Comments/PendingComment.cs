using Consultation.Core.Comments;
using Consultation.Infrastructure.Captcha;

namespace Consultation.Infrastructure.Comments;

/// <summary>
/// A submission that passed the form's checks, waiting in the queue. The request awaits <see cref="Receipt"/>, which
/// is completed only after the comment's transaction committed (or with the refusal, e.g. the window closed).
/// </summary>
public sealed class PendingComment(string slug, CommentDraft draft, DateTimeOffset submittedAt, CaptchaSpend? spend = null)
{
    private readonly TaskCompletionSource<CommentReceipt> _receipt = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Slug { get; } = slug;
    public CommentDraft Draft { get; } = draft;

    /// <summary>When the citizen's request arrived: the time on the receipt and the time the window is judged at.</summary>
    public DateTimeOffset SubmittedAt { get; } = submittedAt;

    /// <summary>The form's anti-automation answer, marked spent in the transaction that stores the comment.</summary>
    public CaptchaSpend? Spend { get; } = spend;

    public Task<CommentReceipt> Receipt => _receipt.Task;

    public bool IsSettled => _receipt.Task.IsCompleted;

    public void Stored(CommentReceipt receipt) => _receipt.TrySetResult(receipt);

    public void Refused(Exception reason) => _receipt.TrySetException(reason);
}
