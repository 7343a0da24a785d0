using System.Globalization;
using System.Text.Json;
using Consultation.Core;
using Consultation.Infrastructure.Catalog;
using Consultation.Infrastructure.Evaluations;
using Consultation.Infrastructure.Policies;
using Consultation.Infrastructure.Records;

namespace Consultation.Web.Features.Records.Downloads;

/// <summary>
/// Gathers a <see cref="YearRecord"/> through the queries the public pages use, so the file holds exactly what the
/// site shows: decision records (<see cref="DecisionRecords"/>), the catalog as last approved, published policies and
/// evaluations — never a draft, never a contact.
/// </summary>
public sealed class YearRecords(DecisionRecords records, CatalogQueries catalog, PolicyDocuments policies,
    EvaluationQueries evaluations)
{
    public async Task<YearRecord> ForYearAsync(int year, string origin, CancellationToken ct)
    {
        var decisions = new List<DecisionRecord>();
        foreach (var id in await records.PublicIdsAsync(year, ct))
            if (await records.ForDecisionAsync(id, origin, ct) is { } record) decisions.Add(record);

        var lines = (await catalog.ListAsync(new CatalogFilter(year, null, null), ct)).OrderBy(r => r.Id)
            .Select(r => new YearRecord.CatalogLine(Key("catalog", r.Id), $"{origin}/catalog/{Text(year)}#entry-{Text(r.Id)}",
                r.Year, Key("decision", r.DecisionId), r.DecisionTitle, r.Office, r.PlannedTiming, r.Status,
                r.AdjustmentReason, r.DecidedOn, r.DecisionDocumentNumber,
                r.Links.Select(l => new YearRecord.CatalogSlotLink(JsonNamingPolicy.CamelCase.ConvertName(l.Slot.ToString()),
                    l.Url is null ? null : origin + l.Url, l.Pending)).ToList()))
            .ToList();

        var policyParts = (await policies.PublishedListAsync(ct))
            .Where(p => ShanghaiTime.DayOf(p.PublishedAt!.Value).Year == year).OrderBy(p => p.Id)
            .Select(p => new YearRecord.PolicyPart(Key("policy", p.Id), $"{origin}/policies/{Text(p.Id)}", p.Title,
                p.DocumentNumber, p.PublishedAt!.Value.ToShanghai(), p.BodyMarkdown,
                p.Interpretations.OrderBy(i => i.Id).Select(i => new DecisionRecord.InterpretationPart(
                    Key("policy-interpretation", i.Id), $"{origin}/policies/{Text(p.Id)}/interpretations/{Text(i.Id)}",
                    i.Form, i.Title, i.BodyMarkdown, p.PublishedAt!.Value.ToShanghai())).ToList()))
            .ToList();

        var evaluationParts = (await evaluations.PublishedAsync(year, ct)).OrderBy(r => r.Evaluation.Id)
            .Select(r => new YearRecord.EvaluationPart(Key("evaluation", r.Evaluation.Id),
                $"{origin}/evaluations/{Text(r.Evaluation.Id)}", r.Evaluation.Year, r.Evaluation.Title,
                r.Evaluation.PolicyDocumentId is { } policy ? Key("policy", policy) : null, r.PolicyTitle,
                r.Evaluation.Method, r.Evaluation.PeriodStart, r.Evaluation.PeriodEnd, r.Evaluation.PublishedOn,
                r.Evaluation.ResultMarkdown))
            .ToList();

        return new YearRecord(year, decisions, lines, policyParts, evaluationParts);
    }

    private static string Key(string type, int id) => $"{type}-{Text(id)}";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
