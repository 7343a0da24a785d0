using System.Text.Json;
using Consultation.Core;

namespace Consultation.Infrastructure.Outbox;

/// <summary>
/// One thing that happened, written in the same transaction as the change itself, so a crash between saving and
/// acting on it loses nothing. Every node reads the same table in <see cref="Id"/> order; each
/// <see cref="IOutboxHandler"/> keeps its own place. <see cref="Kind"/> says what happened (a domain event's name, or
/// an instruction such as <see cref="OutboxKinds.SearchRebuild"/>); the subject names the aggregate as the audit log
/// does; <see cref="Payload"/> is the event as JSON for handlers that need its details (mail, for example).
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxKindLength = 64;
    public const int MaxSubjectTypeLength = 32;
    public const int MaxSubjectKeyLength = 64;

    private OutboxMessage() { }

    public long Id { get; private set; }
    public string Kind { get; private set; } = "";
    public string SubjectType { get; private set; } = "";
    public string SubjectKey { get; private set; } = "";
    public string Payload { get; private set; } = "";

    /// <summary>
    /// When the row was written, by this machine's clock: retention is about the table's age, not the domain's time
    /// (an event may be dated in the past, as seeded demo content is).
    /// </summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A domain event of an aggregate that was just saved (its key is then known).</summary>
    public static OutboxMessage From(AggregateRoot aggregate, IDomainEvent domainEvent) =>
        Instruction(domainEvent.GetType().Name, aggregate.AuditSubjectType, aggregate.AuditSubjectKey,
            JsonSerializer.Serialize(domainEvent, domainEvent.GetType()));

    /// <summary>An instruction for every node that is no domain event, e.g. "rebuild the search index".</summary>
    public static OutboxMessage Instruction(string kind, string subjectType, string subjectKey, string payload) => new()
    {
        Kind = kind,
        SubjectType = subjectType,
        SubjectKey = subjectKey,
        Payload = payload,
        CreatedAt = DateTimeOffset.UtcNow,
    };
}
