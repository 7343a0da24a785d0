namespace Consultation.Core;

/// <summary>Something that happened to an aggregate; dispatched after the aggregate is saved.</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
