using Consultation.Core.Comments;
using Consultation.Core.Consultations;

namespace Consultation.Web.Features.Comments.Admin;

/// <summary>
/// One page of the moderation queue with its filters and the totals by status and by channel; or, after a search by
/// receipt code, the comment with that code (<see cref="Code"/> set), or where it is when it belongs to another
/// consultation (<see cref="Elsewhere"/>).
/// </summary>
public sealed record CommentQueue(
    PublicConsultation Consultation,
    IReadOnlyList<Comment> Items,
    long? NextAfter,
    CommentStatus? Status,
    string? Clause,
    IReadOnlyDictionary<CommentStatus, int> ByStatus,
    IReadOnlyDictionary<CommentChannel, int> ByChannel,
    string? Code = null,
    Infrastructure.Comments.ReceiptLookup.Found? Elsewhere = null)
{
    /// <summary>The queue address with the current filters, so a moderation action returns to where the editor was.</summary>
    public string Url(long? after = null)
    {
        var query = new List<string>();
        if (Status is { } s) query.Add($"status={s}");
        if (!string.IsNullOrEmpty(Clause)) query.Add($"clause={Uri.EscapeDataString(Clause)}");
        if (after is { } a) query.Add($"after={a}");
        if (!string.IsNullOrEmpty(Code)) query.Add($"code={Uri.EscapeDataString(Code)}");
        var path = $"/admin/consultations/{Consultation.Id}/comments";
        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }
}
