namespace Consultation.Core.Audit;

/// <summary>
/// One line of the append-only audit log: who moved which document from which state to which, and the hash of the
/// exact version involved. There are no mutators; the persistence layer also refuses updates and deletes.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string ActorId { get; private set; } = "";
    public string ActorName { get; private set; } = "";
    public string SubjectType { get; private set; } = "";
    public string SubjectKey { get; private set; } = "";
    public string SubjectTitle { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string FromState { get; private set; } = "";
    public string ToState { get; private set; } = "";
    public int VersionNumber { get; private set; }
    public string VersionHash { get; private set; } = "";
    public string? Comment { get; private set; }

    public static AuditEntry From(AggregateRoot subject, DocumentTransitioned e) => new()
    {
        At = e.OccurredAt,
        ActorId = e.ActorId,
        ActorName = e.ActorName,
        SubjectType = subject.AuditSubjectType,
        SubjectKey = subject.AuditSubjectKey,
        SubjectTitle = e.SubjectTitle,
        Action = e.Action,
        FromState = e.FromState,
        ToState = e.ToState,
        VersionNumber = e.VersionNumber,
        VersionHash = e.VersionHash,
        Comment = e.Comment,
    };
}
