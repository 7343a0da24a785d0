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
    /// <summary>
    /// Interpretation forms a draft needs before 三审: the notice asks that the draft be published with its
    /// interpretation (征求意见时要同步公开草案和对草案的解读); one form by default, raised like policies' 三同步 if wanted.
    /// </summary>
    public int MinimumInterpretationForms { get; init; } = 1;
    /// <summary>Personal data typed into a comment: masked in the public text (default), or the comment held.</summary>
    public Comments.PersonalDataHandling PersonalData { get; init; } = Comments.PersonalDataHandling.Mask;
}
