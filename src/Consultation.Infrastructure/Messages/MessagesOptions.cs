namespace Consultation.Infrastructure.Messages;

/// <summary>The <c>Messages</c> section beside the clocks: the offices (处室) a message can be handed to.</summary>
public sealed class MessagesOptions
{
    public List<string> Offices { get; set; } = [];
}
