using Consultation.Core;
using Consultation.Core.Meetings;

namespace Consultation.Web.Features.Meetings.Admin;

/// <summary>The invitation call as posted: the meeting's time is typed in Shanghai time. Nullable so the domain speaks.</summary>
public sealed class MeetingForm
{
    public MeetingKind Kind { get; set; }
    public string? Title { get; set; }
    public int DecisionId { get; set; }
    public DateTime? HeldAt { get; set; }
    public string? Place { get; set; }
    public List<InviteeKind> InvitedKinds { get; set; } = [];
    public string? HowToApply { get; set; }

    public MeetingInvitation ToInvitation() => new(Kind, Title ?? "", DecisionId,
        ShanghaiTime.FromLocal(HeldAt) ?? throw new DomainException("meeting.held_at_required"), Place ?? "",
        InvitedKinds.Distinct().ToList(), HowToApply ?? "");
}
