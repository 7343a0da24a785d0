using Consultation.Core.Adoption;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;

namespace Consultation.Infrastructure.Adoption;

/// <summary>
/// An adoption report as a page shows it: the consultation, the report, and the snapshot of its groups and counts —
/// the frozen one of a published <see cref="Version"/> for the public, the live one in the editor's preview.
/// </summary>
public sealed record ReportContents(
    PublicConsultation Consultation,
    FeedbackReport? Report,
    ReportSnapshot Snapshot,
    FeedbackReportVersion? Version)
{
    public int Total => Snapshot.Total;

    public IReadOnlyDictionary<CommentChannel, int> ByChannel => Snapshot.ByChannel;

    public IReadOnlyList<ReportSnapshot.ClauseCount> ByClause => Snapshot.ByClause;

    public IReadOnlyList<ReportSnapshot.DayCount> ByDay => Snapshot.ByDay;

    public IReadOnlyList<ReportSnapshot.GroupLine> Groups => Snapshot.Groups;

    public int Online => Snapshot.Online;

    public int Offline => Snapshot.Offline;

    public IReadOnlyDictionary<Disposition, int> ByDisposition => Snapshot.ByDisposition;

    public IEnumerable<ReportSnapshot.GroupLine> Changes => Snapshot.Changes;
}
