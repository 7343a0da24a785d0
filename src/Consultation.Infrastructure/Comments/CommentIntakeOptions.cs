namespace Consultation.Infrastructure.Comments;

/// <summary>
/// The <c>Comments:Intake</c> section: the in-process queue between the comment form and the single writer that
/// commits comments in batches (group commit). Each node has its own queue and writer.
/// </summary>
public sealed class CommentIntakeOptions
{
    public const string Section = "Comments:Intake";

    /// <summary>Submissions waiting for the writer; one more is answered 503 with <c>Retry-After</c>.</summary>
    public int QueueCapacity { get; set; } = 2_000;

    /// <summary>Most comments committed in one transaction.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// How long the writer waits for more submissions after the first one of a batch arrived. Short: under load batches
    /// fill themselves while the previous commit runs; when quiet a lone comment should not wait.
    /// </summary>
    public int MaxWaitMilliseconds { get; set; } = 2;

    /// <summary>What <c>Retry-After</c> tells a client turned away by a full queue.</summary>
    public int RetryAfterSeconds { get; set; } = 5;
}
