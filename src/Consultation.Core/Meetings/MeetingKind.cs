namespace Consultation.Core.Meetings;

/// <summary>What sort of meeting the public is invited to.</summary>
public enum MeetingKind
{
    /// <summary>厅长办公会.</summary>
    DirectorsMeeting = 0,
    /// <summary>其他会议 (e.g. 专题会议).</summary>
    Other = 1,
}
