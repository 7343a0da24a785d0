namespace Consultation.Core.Messages;

/// <summary>Where a message stands: 办理中, 待核实 (held by a sensitive word), 无效 (spam or abuse) or 已答复.</summary>
public enum MessageStatus
{
    /// <summary>办理中: received and waiting for an answer.</summary>
    Open = 0,
    Held = 1,
    Invalid = 2,
    Answered = 3,
}
