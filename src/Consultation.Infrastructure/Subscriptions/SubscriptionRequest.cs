using Consultation.Core.Subscriptions;

namespace Consultation.Infrastructure.Subscriptions;

/// <summary>What the public form asks for: an address and what to follow (a consultation needs its id).</summary>
public sealed record SubscriptionRequest(string? Email, SubscriptionTopic Topic, int? ConsultationId);
