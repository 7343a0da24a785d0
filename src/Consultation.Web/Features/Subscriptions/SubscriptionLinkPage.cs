using Consultation.Infrastructure.Subscriptions;

namespace Consultation.Web.Features.Subscriptions;

/// <summary>A confirm or unsubscribe page: the token from the mail and what it is about (never the address).</summary>
public sealed record SubscriptionLinkPage(string Token, SubscriptionView Subscription);
