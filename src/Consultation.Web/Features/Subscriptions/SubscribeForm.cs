using System.ComponentModel.DataAnnotations;
using Consultation.Core.Subscriptions;
using Consultation.Infrastructure.Subscriptions;
using Consultation.Web.Hosting;

namespace Consultation.Web.Features.Subscriptions;

/// <summary>The public subscribe form. Limits here only protect the server; the entity gives the user-facing rules.</summary>
public sealed class SubscribeForm
{
    [StringLength(Subscription.MaxEmailLength, ErrorMessage = "subscription.email_invalid")] public string? Email { get; set; }
    [StringLength(40)] public string? Topic { get; set; }
    /// <summary>The consultation to follow, when <see cref="Topic"/> is <see cref="SubscriptionTopic.Consultation"/>.</summary>
    public int? Consultation { get; set; }
    [StringLength(8000)] public string? Captcha { get; set; }
    /// <summary>Honeypot: hidden from people; any value means the post is not from a person.</summary>
    [StringLength(200)] public string? Website { get; set; }

    public SubscriptionRequest ToRequest() => new(Email, FormChoice.Of<SubscriptionTopic>(Topic), Consultation);
}
