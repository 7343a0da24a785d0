namespace Consultation.Infrastructure.Seeding;

/// <summary>
/// What <see cref="DataGenerator"/> adds: <see cref="Consultations"/> drafts (the first <see cref="Decided"/> closed and
/// carried through groups, meeting, report and result; the rest open, spread over the catalog years), the newest with
/// <see cref="Comments"/> comments, and <see cref="Documents"/> published documents.
/// </summary>
public sealed record DataGenerationPlan(int Seed, int Consultations, int Decided, int Comments, int Documents, int BatchSize = 2000)
{
    public void Validate()
    {
        if (Consultations < 1) throw new ArgumentException("At least one consultation is needed for the comments.");
        if (Decided < 0 || Decided >= Consultations) throw new ArgumentException("Decided must leave at least one consultation open.");
        if (Comments < 0 || Documents < 0 || BatchSize < 1) throw new ArgumentException("Sizes cannot be negative.");
    }
}
