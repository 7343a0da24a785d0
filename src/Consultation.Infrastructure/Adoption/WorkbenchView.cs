using Consultation.Core.Adoption;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;

namespace Consultation.Infrastructure.Adoption;

/// <summary>What the grouping workbench shows: comments still in no group, and each group with its members.</summary>
public sealed record WorkbenchView(
    PublicConsultation Consultation,
    IReadOnlyList<Comment> Unassigned,
    IReadOnlyList<WorkbenchView.GroupWithMembers> Groups,
    ReportReadiness Readiness)
{
    public sealed record GroupWithMembers(OpinionGroup Group, IReadOnlyList<Comment> Members);
}
