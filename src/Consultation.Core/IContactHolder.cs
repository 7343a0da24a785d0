namespace Consultation.Core;

/// <summary>
/// Holds a citizen's name and contact details, kept for the department only and erased once the item has been closed
/// for the retention period; the erasure is audited.
/// </summary>
public interface IContactHolder
{
    /// <summary>The day the item was closed (answered, replied, set aside); retention counts from it.</summary>
    DateOnly? ClosedOn { get; }

    DateTimeOffset? ContactPurgedAt { get; }

    /// <summary>Erases the details; refuses before the retention period has passed.</summary>
    void PurgeContact(int retentionDays, DateTimeOffset now);
}
