using Consultation.Core.Accounts;
using Consultation.Core.Review;

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
    DateTimeOffset OccurredAt) : IDomainEvent
{
    /// <summary>One 三审 move (submit, approve, send back, restart) of a reviewed document, by the person who made it.</summary>
    public static DocumentTransitioned Moved(string title, ReviewTransition transition, Actor actor, int version,
        string hash, string? comment, DateTimeOffset at) =>
        new(title, actor.UserId, actor.DisplayName, transition.Action, transition.From.ToString(),
            transition.To.ToString(), version, hash, comment, at);

    /// <summary>The system's own line after 终审: the approved version is now the public one.</summary>
    public static DocumentTransitioned Published(string title, int version, string hash, string? comment,
        DateTimeOffset at) =>
        new(title, "system", "system", "publish", "Approved", "Published", version, hash, comment, at);
}
