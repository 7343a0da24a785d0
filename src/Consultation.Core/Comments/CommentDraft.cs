namespace Consultation.Core.Comments;

/// <summary>What a citizen submits. <see cref="IdempotencyKey"/> comes from the form so a retry stores one comment.</summary>
public sealed record CommentDraft(
    string? ClauseAnchor,
    string Body,
    string? Name,
    string? Organisation,
    string? Contact,
    bool PublishName,
    string IdempotencyKey);
