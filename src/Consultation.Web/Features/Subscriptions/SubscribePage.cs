namespace Consultation.Web.Features.Subscriptions;

/// <summary>The subscribe form as typed, and the title of the consultation it offers to follow, if any.</summary>
public sealed record SubscribePage(SubscribeForm Form, string? ConsultationTitle);
