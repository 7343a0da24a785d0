namespace Consultation.Infrastructure.Adoption;

/// <summary>The <c>Adoption</c> section: the legal clock for the report and the grouping threshold.</summary>
public sealed class AdoptionOptions
{
    /// <summary>Working days after the decision within which the adoption report is published (source notice: 10).</summary>
    public int ReportWorkingDays { get; set; } = 10;

    /// <summary>Estimated Jaccard similarity of character bigrams above which comments are grouped automatically.</summary>
    public double SimilarityThreshold { get; set; } = 0.3;
}
