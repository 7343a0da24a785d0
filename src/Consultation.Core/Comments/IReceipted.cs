namespace Consultation.Core.Comments;

/// <summary>
/// Something a citizen sent through a public form and can look up later by its receipt code: the code's clear lookup
/// prefix, the keyed hash of the whole code, and the form's idempotency key that makes a retry find the first copy.
/// </summary>
public interface IReceipted
{
    string ReceiptLookup { get; }
    string ReceiptHash { get; }
    string? IdempotencyKey { get; }
}
