using Consultation.Core.Comments;

namespace Consultation.Infrastructure.Comments;

/// <summary>What the citizen gets back: the code, when we received it and a digest of exactly what was stored.</summary>
public sealed record CommentReceipt(string Code, DateTimeOffset ReceivedAt, string BodyDigest, CommentStatus Status,
    string ConsultationSlug, string ConsultationTitle);
