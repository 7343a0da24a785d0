using Consultation.Core.Disclosure;

namespace Consultation.Web.Features.Disclosure;

/// <summary>The 依申请公开 page: the guide (clocks and fees from configuration) and the request form.</summary>
public sealed record DisclosurePage(DisclosureForm Form, DisclosureRules Rules, FeeSchedule Fees);
