using Consultation.Core.Disclosure;

namespace Consultation.Infrastructure.Disclosure;

/// <summary>What the reply form gives: the type, its ground where it takes one, the text, and how a fee is charged.</summary>
public sealed record ReplyInput(ReplyType Type, ReplyGround? Ground, string? Text, FeeMethod FeeMethod, int Pages);
