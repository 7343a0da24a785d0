namespace Consultation.Core.Messages;

/// <summary>A message's reply target and hard limit on one day, and what they warn of.</summary>
public sealed record MessageDeadline(DateOnly ReplyDueOn, DateOnly LimitOn, MessageAlarm Alarm);
