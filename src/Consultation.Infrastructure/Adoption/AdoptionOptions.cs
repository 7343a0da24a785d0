namespace Consultation.Infrastructure.Adoption;

/// <summary>The <c>Adoption</c> section: the legal clock for the report and the grouping threshold.</summary>
public sealed class AdoptionOptions
{
    /// <summary>Working days after the decision within which the adoption report is published (source notice: 10).</summary>
    public int ReportWorkingDays { get; set; } = 10;

    /// <summary>Estimated Jaccard similarity of character bigrams above which comments are grouped as near-copies.</summary>
    public double SimilarityThreshold { get; set; } = 0.3;

    /// <summary>
    /// The word similarity (TF-IDF cosine over segmented words, in percent) the workbench offers for a run; the editor
    /// may choose another for each run. See docs/decisions.md for why this value.
    /// </summary>
    public int WordSimilarityPercent { get; set; } = 25;
}
