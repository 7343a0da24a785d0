using Consultation.Core.Subscriptions;

namespace Consultation.Infrastructure.Subscriptions;

/// <summary>What a confirm or unsubscribe page may show: the topic in words, and the state. Never the address.</summary>
public sealed record SubscriptionView(SubscriptionTopic Topic, string? ConsultationTitle, string? ConsultationSlug,
    SubscriptionState State);
