namespace Consultation.Core;

/// <summary>An illegal move in the domain. <see cref="MessageKey"/> is localised by the web layer into a 4xx reply.</summary>
public sealed class DomainException(string messageKey, params object[] arguments) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
