namespace Consultation.Core.Meetings;

/// <summary>Who an invitee attends as; the public record groups invitees by this.</summary>
public enum InviteeKind
{
    /// <summary>利益相关方.</summary>
    Stakeholder = 0,
    /// <summary>群众代表.</summary>
    CitizenRepresentative = 1,
    /// <summary>专家.</summary>
    Expert = 2,
    /// <summary>媒体.</summary>
    Media = 3,
    /// <summary>其他.</summary>
    Other = 4,
}
