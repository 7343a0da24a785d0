using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Consultation.Core.Audit;

/// <summary>
/// One line of the append-only audit log: who moved which item from which state to which, and the hash of the exact
/// version involved. Each line also carries the hash of the line before it and its own hash over both (a hash chain),
/// so rewriting any earlier line breaks every link after it. There are no mutators once sealed; the persistence layer
/// also refuses updates and deletes.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The link before the first line.</summary>
    public static readonly string Genesis = new('0', 64);

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
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    public bool IsSealed => Hash.Length > 0;

    public static AuditEntry From(AggregateRoot subject, DocumentTransitioned e) => Of(e.OccurredAt, e.ActorId,
        e.ActorName, subject.AuditSubjectType, subject.AuditSubjectKey, e.SubjectTitle, e.Action, e.FromState, e.ToState,
        e.VersionNumber, e.VersionHash, e.Comment);

    /// <summary>A line about something that is not an aggregate of the domain, such as a back-office account.</summary>
    public static AuditEntry Of(DateTimeOffset at, string actorId, string actorName, string subjectType,
        string subjectKey, string subjectTitle, string action, string fromState, string toState, int versionNumber,
        string versionHash, string? comment) => new()
    {
        // Microseconds: what PostgreSQL keeps, so the stored time hashes the same as the time sealed.
        At = new DateTimeOffset(at.UtcTicks - at.UtcTicks % 10, TimeSpan.Zero),
        ActorId = actorId,
        ActorName = actorName,
        SubjectType = subjectType,
        SubjectKey = subjectKey,
        SubjectTitle = subjectTitle,
        Action = action,
        FromState = fromState,
        ToState = toState,
        VersionNumber = versionNumber,
        VersionHash = versionHash,
        Comment = comment,
    };

    /// <summary>Links this line after the line whose hash is <paramref name="previousHash"/>; done once.</summary>
    public void Seal(string previousHash)
    {
        if (IsSealed) throw new InvalidOperationException("An audit line is sealed once.");
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    /// <summary>The hash this line must carry given its fields and its link; verification recomputes it.</summary>
    public string ComputeHash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f',
        PreviousHash, At.UtcTicks.ToString(CultureInfo.InvariantCulture), ActorId, ActorName, SubjectType, SubjectKey,
        SubjectTitle, Action, FromState, ToState, VersionNumber.ToString(CultureInfo.InvariantCulture), VersionHash,
        Comment ?? ""))));
}
