namespace Consultation.Infrastructure.Comments;

/// <summary>
/// Stores one batch of queued comments and settles each one: its receipt once committed, or its own refusal. The
/// writer only batches; what "stored" means lives behind this seam (the database in the site, a list in unit tests).
/// </summary>
public interface ICommentBatchStore
{
    Task StoreAsync(IReadOnlyList<PendingComment> batch, CancellationToken ct);
}
