using Consultation.Core.Consultations;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// What a consultation's status (未开始/征集中/已截止/已反馈) depends on. The status changes with the clock, so the index
/// keeps these instants and the status facet applies <see cref="ConsultationStatusRule"/> at search time.
/// </summary>
public sealed record ConsultationTimes(DateTimeOffset OpensAt, DateTimeOffset ClosesAt, DateTimeOffset? ReportedAt)
{
    public static ConsultationTimes Of(PublicConsultation c) => new(c.Window.OpensAt, c.Window.ClosesAt, c.ReportedAt);
}
