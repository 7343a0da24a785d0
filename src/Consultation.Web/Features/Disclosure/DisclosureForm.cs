using System.ComponentModel.DataAnnotations;
using Consultation.Core.Disclosure;
using Consultation.Web.Hosting;

namespace Consultation.Web.Features.Disclosure;

/// <summary>
/// The 政府信息公开申请表 as posted. Choices arrive as text and are read here, so an odd value becomes a value the
/// request refuses with its own message rather than a model-binding error.
/// </summary>
public sealed class DisclosureForm
{
    [StringLength(40)] public string? ApplicantKind { get; set; }
    [StringLength(DisclosureRequest.MaxNameLength, ErrorMessage = "disclosure.name_too_long")] public string? ApplicantName { get; set; }
    [StringLength(DisclosureRequest.MaxContactPersonLength, ErrorMessage = "disclosure.contact_person_too_long")] public string? ContactPerson { get; set; }
    [StringLength(DisclosureRequest.MaxPhoneLength, ErrorMessage = "disclosure.phone_too_long")] public string? Phone { get; set; }
    [StringLength(DisclosureRequest.MaxEmailLength, ErrorMessage = "disclosure.email_too_long")] public string? Email { get; set; }
    [StringLength(DisclosureRequest.MaxAddressLength, ErrorMessage = "disclosure.address_too_long")] public string? Address { get; set; }
    [StringLength(DisclosureRequest.MaxDescriptionLength, ErrorMessage = "disclosure.description_too_long")] public string? Description { get; set; }
    [StringLength(DisclosureRequest.MaxPurposeLength, ErrorMessage = "disclosure.purpose_too_long")] public string? Purpose { get; set; }
    [StringLength(20)] public string? DeliveryForm { get; set; }
    [StringLength(64)] public string? IdempotencyKey { get; set; }
    /// <summary>The anti-automation answer (proof-of-work payload or reCAPTCHA token).</summary>
    [StringLength(8000)] public string? Captcha { get; set; }
    /// <summary>Honeypot: hidden from people; any value means the post is not from a person.</summary>
    [StringLength(200)] public string? Website { get; set; }

    public DisclosureRequestDraft ToDraft() => new(
        FormChoice.Of<ApplicantKind>(ApplicantKind), ApplicantName, ContactPerson, Phone, Email, Address, Description, Purpose,
        FormChoice.Of<DeliveryForm>(DeliveryForm), IdempotencyKey ?? "");
}
