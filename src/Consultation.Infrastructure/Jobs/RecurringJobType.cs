namespace Consultation.Infrastructure.Jobs;

/// <summary>A registered recurring job, resolved afresh in its own scope for every run.</summary>
public sealed record RecurringJobType(Type JobType);
