namespace Consultation.Core.Disclosure;

/// <summary>
/// What a requester fills in (政府信息公开申请表): who they are and how to reach them, a description of the
/// information, an optional purpose and the form they want it in. <see cref="IdempotencyKey"/> comes from the form so
/// a retry stores one request.
/// </summary>
public sealed record DisclosureRequestDraft(
    ApplicantKind ApplicantKind,
    string? ApplicantName,
    string? ContactPerson,
    string? Phone,
    string? Email,
    string? Address,
    string? Description,
    string? Purpose,
    DeliveryForm DeliveryForm,
    string IdempotencyKey);
