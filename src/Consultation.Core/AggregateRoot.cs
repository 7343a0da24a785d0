namespace Consultation.Core;

/// <summary>Base for aggregates that raise domain events; events are drained by the persistence layer on save.</summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _events = [];

    /// <summary>Names the aggregate in the audit log, e.g. "article".</summary>
    public abstract string AuditSubjectType { get; }

    /// <summary>The aggregate's key once stored; read after saving so new aggregates are logged with their real id.</summary>
    public abstract string AuditSubjectKey { get; }

    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    /// <summary>
    /// Counts the saved changes of this aggregate; the database refuses a save made from an older count, so an approval
    /// can never pass a version that changed after the reviewer read it.
    /// </summary>
    public int ConcurrencyStamp { get; private set; }

    protected void Raise(IDomainEvent domainEvent) => _events.Add(domainEvent);

    public void ClearDomainEvents() => _events.Clear();
}
