namespace Consultation.LoadGenerator;

/// <summary>One POST: its status (0 when the connection failed), the receipt code if it got one, and how long it took.</summary>
public sealed record Submission(string IdempotencyKey, int Status, string? ReceiptCode, double Milliseconds, DateTimeOffset At);
