using Consultation.Core.Messages;

namespace Consultation.Infrastructure.Messages;

/// <summary>A message with its reply target, hard limit and alarm as they stand today.</summary>
public sealed record MessageRow(Message Message, MessageDeadline Deadline);
