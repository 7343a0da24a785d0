using Consultation.Core;
using Consultation.Core.Audit;

namespace Consultation.Infrastructure.Audit;

public static class AuditHistory
{
    /// <summary>The latest moves on one aggregate, newest first, for its back-office page.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> HistoryOfAsync(this AuditLogQueries audit, AggregateRoot subject,
        CancellationToken ct = default) =>
        (await audit.PageAsync(new AuditLogQueries.Filter(SubjectType: subject.AuditSubjectType,
            SubjectKey: subject.AuditSubjectKey, PageSize: AuditLogQueries.MaxPageSize), ct)).Entries;
}
