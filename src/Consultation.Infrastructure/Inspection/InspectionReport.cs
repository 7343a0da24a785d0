using Consultation.Core.Inspection;

namespace Consultation.Infrastructure.Inspection;

/// <summary>The self-check as of one day: every item, and the latest broken-link crawl (null before the first).</summary>
public sealed record InspectionReport(DateOnly Day, IReadOnlyList<InspectionItem> Items, LinkCrawl? LatestCrawl)
{
    public int Count(InspectionStatus status) => Items.Count(i => i.Status == status);

    public InspectionItem Item(InspectionItemKey key) => Items.Single(i => i.Key == key);
}
