namespace Consultation.Infrastructure.Subscriptions;

/// <summary>
/// How far the notices have read the outbox, kept in the database because the mail they queue is the cluster's, not
/// a node's: a node starting up continues from here instead of reading every retained message again.
/// </summary>
public sealed class NoticePosition
{
    public const string SingleName = "subscription-notices";

    public string Name { get; set; } = SingleName;
    public long LastId { get; set; }
}
