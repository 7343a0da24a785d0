namespace Consultation.Core.Adoption;

/// <summary>What still stands between a draft report and review: comments in no group and groups without a disposition.</summary>
public sealed record ReportReadiness(int UnassignedComments, int UndecidedGroups)
{
    public void EnsureReady()
    {
        if (UnassignedComments > 0) throw new DomainException("report.unassigned_comments", UnassignedComments);
        if (UndecidedGroups > 0) throw new DomainException("report.undecided_groups", UndecidedGroups);
    }
}
