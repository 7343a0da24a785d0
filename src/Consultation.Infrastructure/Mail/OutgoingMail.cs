namespace Consultation.Infrastructure.Mail;

/// <summary>
/// One mail to one address, written once per cluster: <see cref="Key"/> is unique (what happened + to whom), so the
/// same event processed twice, or by two nodes, inserts nothing the second time. A node sends a row only after it
/// claimed the row's lease; failures wait with exponential backoff, then the row is marked failed. The body (which may
/// hold a confirmation link) is erased once sent.
/// </summary>
public sealed class OutgoingMail
{
    public const int MaxKeyLength = 200;
    public const int MaxSubjectLength = 300;
    public const int MaxErrorLength = 500;

    private OutgoingMail() { }

    public long Id { get; private set; }
    public string Key { get; private set; } = "";
    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";
    /// <summary>The one-click unsubscribe address for the <c>List-Unsubscribe</c> header; empty for none.</summary>
    public string UnsubscribeUrl { get; private set; } = "";
    public OutgoingMailState State { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? LeaseUntil { get; private set; }
    /// <summary>Which node holds the lease; a concurrency token, so a node whose lease was taken over cannot record.</summary>
    public string? LeaseOwner { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? LastError { get; private set; }

    public static OutgoingMail From(MailDraft draft, DateTimeOffset now) => new()
    {
        Key = draft.Key,
        To = draft.To,
        Subject = draft.Subject.Length > MaxSubjectLength ? draft.Subject[..MaxSubjectLength] : draft.Subject,
        TextBody = draft.TextBody,
        HtmlBody = draft.HtmlBody,
        UnsubscribeUrl = draft.UnsubscribeUrl ?? "",
        State = OutgoingMailState.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    public void Delivered(DateTimeOffset now)
    {
        State = OutgoingMailState.Sent;
        SentAt = now;
        Attempts++;
        TextBody = "";
        HtmlBody = "";
        LastError = null;
        Release();
    }

    /// <summary>Waits <paramref name="firstRetry"/> × 2^(attempts−1) before the next try; after the last, failed.</summary>
    public void Undelivered(string error, DateTimeOffset now, int maxAttempts, TimeSpan firstRetry)
    {
        Attempts++;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        if (Attempts >= maxAttempts) State = OutgoingMailState.Failed;
        else NextAttemptAt = now + firstRetry * Math.Pow(2, Math.Min(Attempts - 1, 16));
        Release();
    }

    private void Release()
    {
        LeaseUntil = null;
        LeaseOwner = null;
    }
}
