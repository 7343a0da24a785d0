using Consultation.Core.Comments;

namespace Consultation.Infrastructure.Comments;

/// <summary>
/// How many comments of one consultation sit at one clause (or none: empty anchor), channel and status. Kept by
/// <see cref="CommentCounts"/> in the transaction of every save that adds, moves or removes a comment, so a page reads
/// a few rows per clause instead of counting every comment.
/// </summary>
public sealed class CommentTally
{
    private CommentTally() { }

    public int ConsultationId { get; private set; }
    /// <summary>The clause anchor, or "" for a comment on the draft as a whole (a key column cannot be null).</summary>
    public string ClauseAnchor { get; private set; } = "";
    public CommentChannel Channel { get; private set; }
    public CommentStatus Status { get; private set; }
    public int Count { get; private set; }
}
