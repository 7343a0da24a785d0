namespace Consultation.Core.Subscriptions;

/// <summary>Double opt-in: only a confirmed subscription receives notices.</summary>
public enum SubscriptionState
{
    Pending = 0,
    Confirmed = 1,
    Unsubscribed = 2,
}
