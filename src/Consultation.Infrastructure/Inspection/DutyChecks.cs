using Consultation.Core;
using Consultation.Core.Inspection;
using Consultation.Core.Messages;
using Consultation.Infrastructure.Adoption;
using Consultation.Infrastructure.Catalog;
using Consultation.Infrastructure.Disclosure;
using Consultation.Infrastructure.Messages;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Inspection;

/// <summary>
/// The self-check items about duties with a deadline: messages near or over the inspection's hard limit, overdue
/// disclosure requests, overdue adoption reports and the year's decision catalog.
/// </summary>
public sealed class DutyChecks(MessageQueries messages, DisclosureQueries disclosure, DueReportQueries reports,
    CatalogQueries catalog, IOptions<CatalogOptions> catalogOptions, IOptions<InspectionRules> options)
{
    public async Task<IReadOnlyList<InspectionItem>> RunAsync(DateOnly today, CancellationToken ct) =>
    [
        await MessagesAsync(ct),
        await DisclosureAsync(ct),
        await ReportsAsync(today, ct),
        await CatalogAsync(today, ct),
    ];

    private async Task<InspectionItem> MessagesAsync(CancellationToken ct)
    {
        var findings = (await messages.OpenAsync(ct))
            .Where(r => r.Deadline.Alarm is MessageAlarm.LimitExceeded or MessageAlarm.LimitNear)
            .Select(r => new InspectionFinding(
                r.Deadline.Alarm == MessageAlarm.LimitExceeded ? InspectionStatus.Fail : InspectionStatus.AtRisk,
                "inspection.message_unanswered",
                [r.Message.Subject, ShanghaiTime.Date(r.Message.ReceivedOn), ShanghaiTime.Date(r.Deadline.LimitOn)],
                $"/admin/messages/{r.Message.Id}")).ToList();
        return Verdict(InspectionItemKey.UnansweredMessages, findings);
    }

    private async Task<InspectionItem> DisclosureAsync(CancellationToken ct)
    {
        var dueSoon = disclosure.Rules.DueSoonWorkingDays;
        var findings = (await disclosure.OpenAsync(ct)).Where(r => r.NeedsAttention(dueSoon))
            .Select(r => new InspectionFinding(r.Deadline.IsOverdue ? InspectionStatus.Fail : InspectionStatus.AtRisk,
                "inspection.disclosure_due", [r.Request.Id, ShanghaiTime.Date(r.Deadline.DueOn)],
                $"/admin/disclosure/{r.Request.Id}")).ToList();
        return Verdict(InspectionItemKey.OverdueDisclosure, findings);
    }

    private async Task<InspectionItem> ReportsAsync(DateOnly today, CancellationToken ct)
    {
        var findings = (await reports.UnpublishedAsync(today, ct))
            .Select(r => (Report: r, Status: InspectionVerdict.ByDeadline(r.DueOn, today, options.Value.WarningDays)))
            .Where(x => x.Status != InspectionStatus.Pass)
            .Select(x => new InspectionFinding(x.Status, "inspection.report_due",
                [x.Report.Title, ShanghaiTime.Date(x.Report.DueOn)], $"/admin/consultations/{x.Report.ConsultationId}/report"))
            .ToList();
        return Verdict(InspectionItemKey.OverdueReports, findings);
    }

    /// <summary>The year's catalog must be public by the configured day; an empty catalog then fails.</summary>
    private async Task<InspectionItem> CatalogAsync(DateOnly today, CancellationToken ct)
    {
        var dueOn = catalogOptions.Value.DueOn(today.Year);
        var entries = await catalog.ListAsync(new CatalogFilter(today.Year, null, null), ct);
        var status = entries.Count > 0 ? InspectionStatus.Pass : InspectionVerdict.ByDeadline(dueOn, today, options.Value.WarningDays);
        return Verdict(InspectionItemKey.OverdueCatalog, status == InspectionStatus.Pass ? [] :
            [new InspectionFinding(status, "inspection.catalog_due", [today.Year, ShanghaiTime.Date(dueOn)], $"/admin/catalog?year={today.Year}")]);
    }

    private static InspectionItem Verdict(InspectionItemKey key, List<InspectionFinding> findings) =>
        new(key, InspectionVerdict.ByFindings(findings.Count(f => f.Status == InspectionStatus.Fail),
            findings.Count(f => f.Status == InspectionStatus.AtRisk)), findings);
}
