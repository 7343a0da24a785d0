using Consultation.Core.Catalog;
using Consultation.Core.Evaluations;
using Consultation.Infrastructure.Records;

namespace Consultation.Web.Features.Records.Downloads;

/// <summary>
/// Everything public of one year, as the yearly download's JSON holds it: the public decisions' records (consultations,
/// clauses, published comments, groups with dispositions, reports, meetings), the catalog lines as last approved, the
/// policy documents published that year with their interpretations, and the year's published evaluations. Ids follow
/// the decision record's <c>{type}-{id}</c> scheme (docs/decision-record.md, docs/bulk-download.md).
/// </summary>
public sealed record YearRecord(
    int Year,
    IReadOnlyList<DecisionRecord> Decisions,
    IReadOnlyList<YearRecord.CatalogLine> Catalog,
    IReadOnlyList<YearRecord.PolicyPart> Policies,
    IReadOnlyList<YearRecord.EvaluationPart> Evaluations)
{
    /// <summary>A 目录 line; <c>Links</c> names each slot (camelCase) with its address once the target is public.</summary>
    public sealed record CatalogLine(string Id, string Url, int Year, string DecisionId, string Decision, string Office,
        string PlannedTiming, CatalogStatus Status, string? AdjustmentReason, DateOnly? DecidedOn,
        string? DocumentNumber, IReadOnlyList<CatalogSlotLink> Links);

    public sealed record CatalogSlotLink(string Slot, string? Url, bool Pending);

    public sealed record PolicyPart(string Id, string Url, string Title, string DocumentNumber, DateTimeOffset PublishedAt,
        string Body, IReadOnlyList<DecisionRecord.InterpretationPart> Interpretations);

    public sealed record EvaluationPart(string Id, string Url, int Year, string Title, string? PolicyId,
        string PolicyTitle, EvaluationMethod Method, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly? PublishedOn,
        string Result);
}
