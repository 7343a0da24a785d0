using Consultation.Core;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Markdown;
using Consultation.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Catalog;

/// <summary>
/// A line of the decision catalog (目录) as last approved by 终审: the decision, its office, timing and its approved
/// background. A line never approved is not searchable, as it is not on the public list.
/// </summary>
public sealed class CatalogSearch(ConsultationDbContext db, MarkdownRenderer markdown) : SearchableKind
{
    public override string SubjectType => "catalog";

    public override Task<IReadOnlyList<string>> PublicKeysAsync(CancellationToken ct) =>
        KeysAsync(db.CatalogEntries.Where(e => e.PublishedJson != null).Select(e => e.Id), ct);

    public override async Task<IReadOnlyList<SearchDocument>> DocumentsAsync(IReadOnlyCollection<string> keys,
        CancellationToken ct)
    {
        var ids = Ids(keys);
        var entries = await (from e in db.CatalogEntries.AsNoTracking()
                             join d in db.Decisions on e.DecisionId equals d.Id
                             where ids.Contains(e.Id) && e.PublishedJson != null
                             select new { Entry = e, d.Title, d.PublishedBackgroundMarkdown }).ToListAsync(ct);
        return entries.Select(x => (x.Entry, x.Title, x.PublishedBackgroundMarkdown, Line: x.Entry.Published!))
            .Select(x => new SearchDocument(Key(x.Entry.Id), $"catalog:{Key(x.Entry.Id)}",
            SearchKind.Catalog, x.Title,
            string.Join(' ', new[] { x.Line.Office, x.Line.PlannedTiming, x.Line.AdjustmentReason ?? "" }.Where(s => s.Length > 0)),
            markdown.ToPlainText(x.PublishedBackgroundMarkdown), $"/catalog/{Key(x.Entry.Year)}#entry-{Key(x.Entry.Id)}",
            ShanghaiTime.At(new DateOnly(x.Entry.Year, 1, 1), TimeOnly.MinValue))
        { Year = x.Entry.Year }).ToList();
    }
}
