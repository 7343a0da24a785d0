using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Markdown;
using Consultation.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Consultations;

/// <summary>
/// A published consultation in the search index: its draft (草案, with the 起草说明 as summary), each clause (条款) on its
/// own linked at its anchor, and its interpretations (解读), each as last approved. Nothing before 终审. Its status is worked out at search time.
/// </summary>
public sealed class ConsultationSearch(ConsultationDbContext db, MarkdownRenderer markdown) : SearchableKind
{
    public override string SubjectType => "consultation";

    public override Task<IReadOnlyList<string>> PublicKeysAsync(CancellationToken ct) =>
        KeysAsync(db.Consultations.Where(c => c.PublishedAt != null).Select(c => c.Id), ct);

    public override async Task<IReadOnlyList<SearchDocument>> DocumentsAsync(IReadOnlyCollection<string> keys,
        CancellationToken ct)
    {
        var ids = Ids(keys);
        var consultations = await db.Consultations.AsNoTracking().Include(c => c.Interpretations)
            .Where(c => ids.Contains(c.Id) && c.PublishedAt != null).ToListAsync(ct);
        var decisionIds = consultations.Select(c => c.DecisionId).Distinct().ToList();
        var years = await db.Decisions.Where(d => decisionIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Year, ct);
        var documents = new List<SearchDocument>();
        foreach (var c in consultations)
        {
            var key = Key(c.Id);
            var page = $"/consultations/{c.Slug}";
            var date = c.PublishedAt!.Value;
            var year = years.GetValueOrDefault(c.DecisionId, date.Year);
            var times = ConsultationTimes.Of(c);
            documents.Add(new SearchDocument(key, $"consultation:{key}", SearchKind.Draft, c.Title,
                markdown.ToPlainText(c.PublishedExplanationMarkdown), markdown.ToPlainText(c.DraftMarkdown), page, date)
            { Year = year, Consultation = times });
            foreach (var clause in c.Clauses)
            {
                var text = markdown.ToPlainText(clause.Text);
                documents.Add(new SearchDocument(key, $"clause:{key}:{clause.Anchor}", SearchKind.Clause,
                    $"{clause.Label} {Opening(text, 30)}".Trim(), "", text, $"{page}#{clause.Anchor}", date)
                { Year = year, Consultation = times, Context = c.Title });
            }
            foreach (var i in c.PublicInterpretations)
            {
                documents.Add(new SearchDocument(key, $"consultation-interpretation:{Key(i.Id)}", SearchKind.Interpretation,
                    i.Title, "", markdown.ToPlainText(i.BodyMarkdown), $"{page}#interp-{Key(i.Id)}", date)
                { Year = year, Consultation = times, Context = c.Title });
            }
        }
        return documents;
    }
}
