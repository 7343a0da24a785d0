using System.Text.RegularExpressions;
using Consultation.Core;
using Consultation.Core.Content;
using Consultation.Core.Inspection;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Inspection;

/// <summary>
/// The self-check items about published content: the home page's last update, columns past their update period,
/// empty columns, articles without a 发布日期, and policy interpretations not linked both ways with their policy.
/// </summary>
public sealed partial class ContentChecks(ConsultationDbContext db, IColumnFeaturePages features,
    IOptions<InspectionRules> options)
{
    private sealed record PublishedArticle(int Id, int ColumnId, string Title, DateOnly Day, DateOnly? MetadataDay);

    private InspectionRules Rules => options.Value;

    public async Task<IReadOnlyList<InspectionItem>> RunAsync(DateOnly today, CancellationToken ct)
    {
        var columns = await db.Columns.AsNoTracking().ToListAsync(ct);
        var articles = (await (from a in db.Articles.AsNoTracking()
                               join v in db.ArticleVersions.AsNoTracking() on a.Id equals v.ArticleId
                               where a.PublishedVersionNumber != null && v.Number == a.PublishedVersionNumber
                               select new { a.Id, a.ColumnId, v.Title, a.PublishedAt, v.Metadata.PublishedOn })
                .ToListAsync(ct))
            .Select(a => new PublishedArticle(a.Id, a.ColumnId, a.Title, ShanghaiTime.DayOf(a.PublishedAt!.Value), a.PublishedOn))
            .ToList();
        return
        [
            Home(articles, today),
            StaleColumns(columns, articles, today),
            EmptyColumns(columns, articles),
            Undated(articles),
            await InterpretationLinksAsync(columns, articles, ct),
        ];
    }

    /// <summary>The home page lists the newest articles of every column: it is as fresh as the newest one.</summary>
    private InspectionItem Home(List<PublishedArticle> articles, DateOnly today)
    {
        if (articles.Count == 0)
            return Item(InspectionItemKey.HomeStale, InspectionStatus.Fail,
                [new InspectionFinding(InspectionStatus.Fail, "inspection.home_never", [], "/admin/articles/new")]);
        var last = articles.Max(a => a.Day);
        var status = InspectionVerdict.ByDeadline(last.AddDays(Rules.HomeStaleDays), today, Rules.WarningDays);
        return Item(InspectionItemKey.HomeStale, status, status == InspectionStatus.Pass ? [] :
            [new InspectionFinding(status, "inspection.home_last", [ShanghaiTime.Date(last), Rules.HomeStaleDays], "/admin/articles/new")]);
    }

    private InspectionItem StaleColumns(List<Column> columns, List<PublishedArticle> articles, DateOnly today)
    {
        var findings = new List<InspectionFinding>();
        foreach (var column in columns.Where(c => c.UpdateCycle != ColumnUpdateCycle.None).OrderBy(c => c.SortOrder))
        {
            var own = articles.Where(a => a.ColumnId == column.Id).ToList();
            if (own.Count == 0) continue; // an empty column is counted as empty, not also as stale
            var last = own.Max(a => a.Day);
            var freshUntil = InspectionVerdict.FreshUntil(column.UpdateCycle, last, Rules)!.Value;
            var status = InspectionVerdict.ByDeadline(freshUntil, today, Rules.WarningDays);
            if (status != InspectionStatus.Pass)
                findings.Add(new InspectionFinding(status, "inspection.column_stale",
                    [column.Name, ShanghaiTime.Date(last), ShanghaiTime.Date(freshUntil)], $"/admin/articles?column={column.Id}"));
        }
        var stale = findings.Count(f => f.Status == InspectionStatus.Fail);
        var verdict = stale > 0 ? InspectionVerdict.ByCount(stale, Rules.StaleColumnsVeto)
            : InspectionVerdict.ByFindings(0, findings.Count);
        return Item(InspectionItemKey.StaleColumns, verdict, findings);
    }

    /// <summary>A column is empty when neither it nor any column below it has a published article or a feature page.</summary>
    private InspectionItem EmptyColumns(List<Column> columns, List<PublishedArticle> articles)
    {
        var withArticles = articles.Select(a => a.ColumnId).ToHashSet();
        var children = columns.ToLookup(c => c.ParentId);
        bool HasContent(Column c, int depth) => withArticles.Contains(c.Id) || features.HasFeaturePage(c.Slug)
            || (depth < 20 && children[c.Id].Any(child => HasContent(child, depth + 1)));
        var findings = columns.Where(c => !HasContent(c, 0)).OrderBy(c => c.SortOrder)
            .Select(c => new InspectionFinding(InspectionStatus.Fail, "inspection.column_empty", [c.Name],
                $"/admin/articles?column={c.Id}")).ToList();
        return Item(InspectionItemKey.EmptyColumns, InspectionVerdict.ByCount(findings.Count, Rules.EmptyColumnsVeto), findings);
    }

    /// <summary>The gov.cn metadata block must carry the 发布日期 of every published document.</summary>
    private static InspectionItem Undated(List<PublishedArticle> articles)
    {
        var findings = articles.Where(a => a.MetadataDay is null).OrderBy(a => a.Id)
            .Select(a => new InspectionFinding(InspectionStatus.Fail, "inspection.undated", [a.Title], $"/admin/articles/{a.Id}/edit"))
            .ToList();
        return Item(InspectionItemKey.UndatedItems, InspectionVerdict.ByFindings(findings.Count, 0), findings);
    }

    /// <summary>
    /// Every article in an interpretation column must link to its policy (a policy document or an article in another
    /// column), and that policy must link back to it. Policy documents carry their interpretations by construction.
    /// </summary>
    private async Task<InspectionItem> InterpretationLinksAsync(List<Column> columns, List<PublishedArticle> articles,
        CancellationToken ct)
    {
        var interpretationColumns = columns.Where(c => Rules.InterpretationColumns.Contains(c.Slug)).Select(c => c.Id).ToHashSet();
        var interpretations = articles.Where(a => interpretationColumns.Contains(a.ColumnId)).ToList();
        if (interpretations.Count == 0) return Item(InspectionItemKey.InterpretationLinks, InspectionStatus.Pass, []);
        var bodies = await PublishedBodiesAsync(ct);
        var policies = await db.PolicyDocuments.AsNoTracking().Where(p => p.PublishedAt != null)
            .ToDictionaryAsync(p => p.Id, p => p.BodyMarkdown, ct);
        var findings = new List<InspectionFinding>();
        foreach (var interpretation in interpretations)
        {
            var targets = Links(bodies.GetValueOrDefault(interpretation.Id, ""))
                .Where(l => l.Kind == "policies" ? policies.ContainsKey(l.Id)
                    : bodies.ContainsKey(l.Id) && !interpretations.Any(i => i.Id == l.Id)).ToList();
            if (targets.Count == 0)
            {
                findings.Add(new InspectionFinding(InspectionStatus.Fail, "inspection.interpretation_no_policy",
                    [interpretation.Title], $"/admin/articles/{interpretation.Id}/edit"));
                continue;
            }
            var back = $"/articles/{interpretation.Id}";
            bool LinksBack((string Kind, int Id) t) => Links(t.Kind == "policies" ? policies[t.Id] : bodies[t.Id])
                .Any(l => l.Kind == "articles" && l.Id == interpretation.Id);
            if (targets.Any(LinksBack)) continue;
            var target = targets[0];
            findings.Add(new InspectionFinding(InspectionStatus.Fail, "inspection.policy_no_link_back",
                [interpretation.Title, back],
                target.Kind == "policies" ? $"/admin/policies/{target.Id}" : $"/admin/articles/{target.Id}/edit"));
        }
        return Item(InspectionItemKey.InterpretationLinks, InspectionVerdict.ByFindings(findings.Count, 0), findings);
    }

    private Task<Dictionary<int, string>> PublishedBodiesAsync(CancellationToken ct) =>
        (from a in db.Articles.AsNoTracking()
         join v in db.ArticleVersions.AsNoTracking() on a.Id equals v.ArticleId
         where a.PublishedVersionNumber != null && v.Number == a.PublishedVersionNumber
         select new { a.Id, v.BodyMarkdown }).ToDictionaryAsync(x => x.Id, x => x.BodyMarkdown, ct);

    /// <summary>Links to <c>/policies/{id}</c> and <c>/articles/{id}</c> in Markdown or HTML, relative or on any host.</summary>
    private static IEnumerable<(string Kind, int Id)> Links(string body) =>
        SiteLink().Matches(body).Select(m => (m.Groups["kind"].Value, int.Parse(m.Groups["id"].Value,
            System.Globalization.CultureInfo.InvariantCulture)));

    private static InspectionItem Item(InspectionItemKey key, InspectionStatus status, IReadOnlyList<InspectionFinding> findings) =>
        new(key, status, findings);

    [GeneratedRegex(@"(?:^|[\s(""'])(?:https?://[^/\s)""']+)?/(?<kind>policies|articles)/(?<id>\d{1,9})(?![\d])")]
    private static partial Regex SiteLink();
}
