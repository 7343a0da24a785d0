using Consultation.Core.Adoption;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;

namespace Consultation.Infrastructure.Adoption;

/// <summary>Everything an adoption report says, computed from the groups and comments (意见采纳情况).</summary>
public sealed record ReportContents(
    PublicConsultation Consultation,
    FeedbackReport? Report,
    int Total,
    IReadOnlyDictionary<CommentChannel, int> ByChannel,
    IReadOnlyList<ReportContents.ClauseCount> ByClause,
    IReadOnlyList<ReportContents.DayCount> ByDay,
    IReadOnlyList<ReportContents.GroupLine> Groups)
{
    public sealed record ClauseCount(string? Anchor, string Label, int Count);

    public sealed record DayCount(DateOnly Day, int Count);

    public sealed record GroupLine(OpinionGroup Group, int Size, IReadOnlyDictionary<CommentChannel, int> ByChannel,
        IReadOnlyList<string> ClauseLabels);

    public int Online => ByChannel.GetValueOrDefault(CommentChannel.Web);

    public int Offline => Total - Online;

    public IReadOnlyDictionary<Disposition, int> ByDisposition =>
        Groups.GroupBy(g => g.Group.Disposition).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The groups that changed the final text, i.e. the list of changes.</summary>
    public IEnumerable<GroupLine> Changes => Groups.Where(g => g.Group.FinalClauseAnchor is not null);
}
