using System.Text.Json;
using Consultation.Core.Catalog;
using Consultation.Infrastructure.Records;
using static Consultation.Web.Features.Records.RecordTables;

namespace Consultation.Web.Features.Records.Downloads;

/// <summary>
/// A <see cref="YearRecord"/> as CSV tables: the decision records' tables (<see cref="RecordTables"/>, all of the
/// year's decisions in one set) and the catalog, policy, interpretation and evaluation tables, with the same ids and
/// the same two columns (code, Chinese label) for every coded value.
/// </summary>
public sealed class YearTables(RecordTables records, RecordLabels labels)
{
    public IReadOnlyList<Table> Of(YearRecord year) =>
    [
        .. records.Of(year.Decisions),
        new("catalog", ["id", "year", "decision_id", "decision", "office", "planned_timing", "status", "status_label",
                "adjustment_reason", "decided_on", "document_number", "url", .. Slots.Select(s => $"link_{Snake(s)}")],
            year.Catalog.Select(c => Row([c.Id, Number(c.Year), c.DecisionId, c.Decision, c.Office, c.PlannedTiming,
                .. Coded(labels.Of(c.Status)), c.AdjustmentReason, Day(c.DecidedOn), c.DocumentNumber, c.Url,
                .. Slots.Select(s => c.Links.FirstOrDefault(l => l.Slot == s)?.Url)])).ToList()),
        new("policies", ["id", "url", "title", "document_number", "published_at", "body"],
            year.Policies.Select(p => Row(p.Id, p.Url, p.Title, p.DocumentNumber, Time(p.PublishedAt), p.Body)).ToList()),
        new("policy_interpretations", ["id", "policy_id", "url", "form", "form_label", "title", "published_at", "body"],
            year.Policies.SelectMany(p => p.Interpretations.Select(i => Row([i.Id, p.Id, i.Url, .. Coded(labels.Of(i.Form)),
                i.Title, Time(i.PublishedAt), i.Body]))).ToList()),
        new("evaluations", ["id", "url", "year", "title", "policy_id", "policy_title", "method", "method_label",
                "period_start", "period_end", "published_on", "result"],
            year.Evaluations.Select(e => Row([e.Id, e.Url, Number(e.Year), e.Title, e.PolicyId, e.PolicyTitle,
                .. Coded(labels.Of(e.Method)), Day(e.PeriodStart), Day(e.PeriodEnd), Day(e.PublishedOn), e.Result])).ToList()),
    ];

    /// <summary>Every slot gets a column, in the catalog's order, so the header is the same every year.</summary>
    private static readonly string[] Slots =
        Enum.GetValues<CatalogSlot>().Select(s => JsonNamingPolicy.CamelCase.ConvertName(s.ToString())).ToArray();

    private static string Snake(string camel) =>
        string.Concat(camel.Select(ch => char.IsUpper(ch) ? "_" + char.ToLowerInvariant(ch) : ch.ToString()));
}
