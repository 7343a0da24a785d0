using Consultation.Core;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Markdown;
using Consultation.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Catalog;

/// <summary>A line of the decision catalog (目录), public as soon as it is saved: the decision, its office, timing and background.</summary>
public sealed class CatalogSearch(ConsultationDbContext db, MarkdownRenderer markdown) : SearchableKind
{
    public override string SubjectType => "catalog-entry";

    public override Task<IReadOnlyList<string>> PublicKeysAsync(CancellationToken ct) =>
        KeysAsync(db.CatalogEntries.Select(e => e.Id), ct);

    public override async Task<IReadOnlyList<SearchDocument>> DocumentsAsync(IReadOnlyCollection<string> keys,
        CancellationToken ct)
    {
        var ids = Ids(keys);
        var entries = await (from e in db.CatalogEntries.AsNoTracking()
                             join d in db.Decisions on e.DecisionId equals d.Id
                             where ids.Contains(e.Id)
                             select new { Entry = e, d.Title, d.BackgroundMarkdown }).ToListAsync(ct);
        return entries.Select(x => new SearchDocument(Key(x.Entry.Id), $"catalog-entry:{Key(x.Entry.Id)}",
            SearchKind.Catalog, x.Title,
            string.Join(' ', new[] { x.Entry.Office, x.Entry.PlannedTiming, x.Entry.AdjustmentReason ?? "" }.Where(s => s.Length > 0)),
            markdown.ToPlainText(x.BackgroundMarkdown), $"/catalog/{Key(x.Entry.Year)}#entry-{Key(x.Entry.Id)}",
            ShanghaiTime.At(new DateOnly(x.Entry.Year, 1, 1), TimeOnly.MinValue))
        { Year = x.Entry.Year }).ToList();
    }
}
