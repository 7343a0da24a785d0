namespace Consultation.Core.Meetings;

/// <summary>How an invitee's opinion was handled (处理情况).</summary>
public enum HandlingOutcome
{
    /// <summary>采纳.</summary>
    Adopted = 0,
    /// <summary>解释说明 (not adopted, with the reason).</summary>
    Explained = 1,
    /// <summary>转办 (passed to the office or body responsible).</summary>
    Referred = 2,
}
