namespace Consultation.Core.Catalog;

/// <summary>
/// How far the decision behind a catalog line has gone, from facts that are public themselves (each passed 三审 or is
/// a recorded, audited fact): its consultation published, its adoption report published, its result document public.
/// The line's status follows these without anyone editing the catalog: an approved line never shows less than the
/// facts say, and an editor's 已调整 (with its public reason) is never overridden.
/// </summary>
public sealed record DecisionProgress(bool ConsultationPublished, bool ReportPublished, bool ResultPublished)
{
    public static readonly DecisionProgress None = new(false, false, false);

    public CatalogStatus Follow(CatalogStatus approved)
    {
        if (approved == CatalogStatus.Adjusted) return approved;
        var facts = ResultPublished ? CatalogStatus.Decided
            : ReportPublished ? CatalogStatus.Reported
            : ConsultationPublished ? CatalogStatus.Consulting
            : CatalogStatus.Planned;
        return Rank(facts) > Rank(approved) ? facts : approved;
    }

    /// <summary>The order of a decision's life: 计划 → 征求意见 → 已反馈 → 已决策.</summary>
    private static int Rank(CatalogStatus status) => status switch
    {
        CatalogStatus.Planned => 0,
        CatalogStatus.Consulting => 1,
        CatalogStatus.Reported => 2,
        CatalogStatus.Decided => 3,
        _ => 4,
    };
}
