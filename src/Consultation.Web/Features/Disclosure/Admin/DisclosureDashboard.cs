using Consultation.Infrastructure.Disclosure;

namespace Consultation.Web.Features.Disclosure.Admin;

/// <summary>
/// The dashboard's 依申请公开 panel: open requests by working days left, and in January the annual report reminder
/// (<see cref="ReportYear"/> null outside its window).
/// </summary>
public sealed record DisclosureDashboard(IReadOnlyList<DisclosureRow> Open, int DueSoonWorkingDays, int? ReportYear,
    DateOnly? ReportDueOn);
