namespace Consultation.Core.Messages;

/// <summary>What a citizen writes. <see cref="IdempotencyKey"/> comes from the form so a retry stores one message.</summary>
public sealed record MessageDraft(
    MessageBox Box,
    string? Subject,
    string? Body,
    string? Name,
    string? Contact,
    bool ConsentToPublish,
    string IdempotencyKey);
