namespace Consultation.Core.Messages;

/// <summary>
/// What an unanswered valid message warns of, most serious last: the reply target (default 5 working days) near or
/// missed, then the inspection's hard limit (no valid message unanswered over 3 months) near or missed.
/// </summary>
public enum MessageAlarm
{
    None = 0,
    ReplyDueSoon = 1,
    ReplyOverdue = 2,
    LimitNear = 3,
    LimitExceeded = 4,
}
