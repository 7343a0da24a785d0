namespace Consultation.Infrastructure.Subscriptions;

/// <summary>
/// Something subscribers are told once: <see cref="Key"/> names it for ever (e.g. <c>consultation:7:closing-soon</c>),
/// <see cref="HappenedAt"/> decides who had subscribed by then, and the text says what happened to what, with a link.
/// </summary>
public sealed record Notice(string Key, DateTimeOffset HappenedAt, string Subject, string Sentence, string Link);
