namespace Consultation.Core.Audit;

/// <summary>A publishable document moved in its workflow or publication state; becomes an <see cref="AuditEntry"/>.</summary>
public sealed record DocumentTransitioned(
    string SubjectTitle,
    string ActorId,
    string ActorName,
    string Action,
    string FromState,
    string ToState,
    int VersionNumber,
    string VersionHash,
    string? Comment,
    DateTimeOffset OccurredAt) : IDomainEvent;
