namespace Consultation.Infrastructure.Adoption;

/// <summary>What one automatic grouping run did: groups proposed, comments put in them, comments still in no group.</summary>
public sealed record GroupingRun(int Groups, int Grouped, int Remaining);
