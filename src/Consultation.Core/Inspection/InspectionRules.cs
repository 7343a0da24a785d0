namespace Consultation.Core.Inspection;

/// <summary>Every threshold of the self-check, bound from the <c>Inspection</c> section; none is written elsewhere.</summary>
public sealed record InspectionRules
{
    /// <summary>The home page fails when nothing new was published for longer than this.</summary>
    public int HomeStaleDays { get; init; } = 14;

    /// <summary>Days before a time limit (home page, column period) at which an item is at risk.</summary>
    public int WarningDays { get; init; } = 3;

    /// <summary>The period of a news-type column.</summary>
    public int NewsColumnDays { get; init; } = 14;

    /// <summary>The period of a notice- or policy-type column.</summary>
    public int NoticeColumnMonths { get; init; } = 6;

    /// <summary>This many stale columns fail the inspection; fewer are a risk.</summary>
    public int StaleColumnsVeto { get; init; } = 5;

    /// <summary>This many empty columns fail the inspection; fewer are a risk.</summary>
    public int EmptyColumnsVeto { get; init; } = 5;

    /// <summary>
    /// Columns whose articles are policy interpretations and must link to and from their policy. Lists have no default
    /// here (configuration binding would add to it rather than replace it); empty means <see cref="DefaultInterpretationColumns"/>.
    /// </summary>
    public IReadOnlyList<string> InterpretationColumns { get; set; } = [];

    public static IReadOnlyList<string> DefaultInterpretationColumns { get; } = ["policy-interpretation"];

    /// <summary>A broken-link crawl older than this is stale and the item is at risk until a new one runs.</summary>
    public int CrawlMaxAgeDays { get; init; } = 7;

    /// <summary>The most addresses one crawl checks.</summary>
    public int CrawlMaxPages { get; init; } = 2000;

    /// <summary>Addresses checked between two saves of the crawl; a restart resumes after the last saved batch.</summary>
    public int CrawlBatchSize { get; init; } = 20;

    /// <summary>Paths the crawl never follows; empty means <see cref="DefaultCrawlSkipPrefixes"/>.</summary>
    public IReadOnlyList<string> CrawlSkipPrefixes { get; set; } = [];

    /// <summary>The back office, and switches that only set a cookie and redirect.</summary>
    public static IReadOnlyList<string> DefaultCrawlSkipPrefixes { get; } = ["/admin", "/language", "/accessibility", "/captcha"];
}
