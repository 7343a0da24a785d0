using Consultation.Core.Comments;
using Consultation.Web.Features.Comments;

namespace Consultation.Web.Features.OpenData;

/// <summary>
/// A published comment in the API: the fields of the anonymised download (<see cref="PublicCommentRecord"/>, the one
/// place that decides what of a comment is public) plus the consultation it belongs to.
/// </summary>
public sealed record OpenCommentRecord(long Id, int ConsultationId, DateTimeOffset ReceivedAt, CommentChannel Channel,
    string? ClauseAnchor, string? Clause, string Name, string Body)
{
    public static OpenCommentRecord From(Comment comment, PublicCommentRecord record) => new(record.Id,
        comment.ConsultationId, record.ReceivedAt, record.Channel, record.ClauseAnchor, record.Clause, record.Name, record.Body);
}
