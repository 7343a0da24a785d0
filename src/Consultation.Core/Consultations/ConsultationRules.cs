namespace Consultation.Core.Consultations;

/// <summary>
/// The legal and service clocks for consultations, bound from configuration (<c>Consultations</c> section), never
/// written as literals: 国务院令第713号 Art.15 and the Shandong rules ask for ≥30 days unless a reason is published.
/// </summary>
public sealed record ConsultationRules
{
    public int MinimumWindowDays { get; init; } = 30;
    public int ClosingSoonDays { get; init; } = 3;
    public int MaxReasonLength { get; init; } = 1000;
}
