using System.Net.Mail;

namespace Consultation.Core.Subscriptions;

/// <summary>
/// One address following one topic, without an account. It starts pending with the hash of a confirmation token
/// mailed to the address (the token itself is never stored); only the holder of that token confirms it, and only a
/// confirmed subscription is told anything. Unsubscribing erases the address. Pending → Confirmed → Unsubscribed, and
/// an unsubscribed (or expired) one may start again as pending with a new token.
/// </summary>
public sealed class Subscription
{
    public const int MaxEmailLength = 254;
    public const int TokenHashLength = 64;

    private Subscription() { }

    public int Id { get; private set; }
    /// <summary>Lower-cased; empty once unsubscribed.</summary>
    public string Email { get; private set; } = "";
    public SubscriptionTopic Topic { get; private set; }
    /// <summary>The consultation followed (<see cref="SubscriptionTopic.Consultation"/>, <see cref="SubscriptionTopic.CommentReport"/>).</summary>
    public int? ConsultationId { get; private set; }
    /// <summary>The commenter's comment (<see cref="SubscriptionTopic.CommentReport"/>).</summary>
    public long? CommentId { get; private set; }
    public SubscriptionState State { get; private set; }
    public string ConfirmationTokenHash { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public DateTimeOffset? UnsubscribedAt { get; private set; }

    public static Subscription Request(string email, SubscriptionTopic topic, int? consultationId, long? commentId,
        string confirmationTokenHash, DateTimeOffset now)
    {
        if (!Enum.IsDefined(topic)) throw new DomainException("subscription.topic_required");
        var needsConsultation = topic is SubscriptionTopic.Consultation or SubscriptionTopic.CommentReport;
        if (needsConsultation != consultationId is not null) throw new DomainException("subscription.consultation_required");
        if ((topic == SubscriptionTopic.CommentReport) != commentId is not null)
            throw new DomainException("subscription.comment_required");
        var subscription = new Subscription
        {
            Email = Normalise(email),
            Topic = topic,
            ConsultationId = consultationId,
            CommentId = commentId,
        };
        subscription.Restart(confirmationTokenHash, now);
        return subscription;
    }

    /// <summary>The address as stored: trimmed, lower-cased, refused unless it is one plain address.</summary>
    public static string Normalise(string? email)
    {
        var trimmed = (email ?? "").Trim().ToLowerInvariant();
        if (trimmed.Length == 0) throw new DomainException("subscription.email_required");
        if (!IsAddress(trimmed)) throw new DomainException("subscription.email_invalid");
        return trimmed;
    }

    /// <summary>One plain address (no display name, a dotted domain), as a subscription accepts it.</summary>
    public static bool IsAddress(string? email)
    {
        var trimmed = (email ?? "").Trim().ToLowerInvariant();
        return trimmed.Length is > 0 and <= MaxEmailLength && MailAddress.TryCreate(trimmed, out var parsed)
               && parsed.Address == trimmed && parsed.DisplayName.Length == 0 && parsed.Host.Contains('.');
    }

    /// <summary>Whether the confirmation link may still be used at <paramref name="now"/>.</summary>
    public bool ConfirmationValidAt(DateTimeOffset now, TimeSpan validity) =>
        State == SubscriptionState.Pending && now - RequestedAt <= validity;

    /// <summary>The address asked again: a pending or ended subscription starts over with a new token.</summary>
    public void Renew(string email, string confirmationTokenHash, DateTimeOffset now)
    {
        if (State == SubscriptionState.Confirmed) throw new DomainException("subscription.already_confirmed");
        Email = Normalise(email);
        Restart(confirmationTokenHash, now);
    }

    /// <summary>The holder of the mailed token confirms; a second click changes nothing (the token stays valid for that).</summary>
    public void Confirm(DateTimeOffset now, TimeSpan validity)
    {
        if (State == SubscriptionState.Confirmed) return;
        if (State == SubscriptionState.Unsubscribed) throw new DomainException("subscription.unsubscribed");
        if (!ConfirmationValidAt(now, validity)) throw new DomainException("subscription.link_expired");
        State = SubscriptionState.Confirmed;
        ConfirmedAt = now;
    }

    /// <summary>Ends the subscription and erases the address; a second click changes nothing.</summary>
    public void Unsubscribe(DateTimeOffset now)
    {
        if (State == SubscriptionState.Unsubscribed) return;
        State = SubscriptionState.Unsubscribed;
        UnsubscribedAt = now;
        Email = "";
        ConfirmationTokenHash = "";
    }

    /// <summary>Whether a notice about something that happened at <paramref name="happenedAt"/> goes to this address:
    /// confirmed by then, so a new subscriber is not sent old news.</summary>
    public bool ReceivesNoticeOf(DateTimeOffset happenedAt) =>
        State == SubscriptionState.Confirmed && ConfirmedAt <= happenedAt;

    private void Restart(string confirmationTokenHash, DateTimeOffset now)
    {
        if (confirmationTokenHash is not { Length: TokenHashLength }) throw new DomainException("subscription.token_invalid");
        State = SubscriptionState.Pending;
        ConfirmationTokenHash = confirmationTokenHash;
        RequestedAt = now;
        ConfirmedAt = null;
        UnsubscribedAt = null;
    }
}
