using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Markdown;
using Consultation.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Evaluations;

/// <summary>A published policy evaluation (评估): its title, the evaluated policy as summary, and the result.</summary>
public sealed class EvaluationSearch(ConsultationDbContext db, MarkdownRenderer markdown) : SearchableKind
{
    public override string SubjectType => "evaluation";

    public override Task<IReadOnlyList<string>> PublicKeysAsync(CancellationToken ct) =>
        KeysAsync(db.Evaluations.Where(e => e.PublishedAt != null).Select(e => e.Id), ct);

    public override async Task<IReadOnlyList<SearchDocument>> DocumentsAsync(IReadOnlyCollection<string> keys,
        CancellationToken ct)
    {
        var ids = Ids(keys);
        var evaluations = await (from e in db.Evaluations.AsNoTracking()
                                 join p in db.PolicyDocuments on e.PolicyDocumentId equals p.Id into policies
                                 from p in policies.DefaultIfEmpty()
                                 where ids.Contains(e.Id) && e.PublishedAt != null
                                 select new { Evaluation = e, PolicyTitle = p == null ? null : p.Title }).ToListAsync(ct);
        return evaluations.Select(x => new SearchDocument(Key(x.Evaluation.Id), $"evaluation:{Key(x.Evaluation.Id)}",
            SearchKind.Evaluation, x.Evaluation.Title, x.PolicyTitle ?? x.Evaluation.PolicyTitle,
            markdown.ToPlainText(x.Evaluation.ResultMarkdown), $"/evaluations/{Key(x.Evaluation.Id)}",
            x.Evaluation.PublishedAt!.Value)
        { Year = x.Evaluation.Year }).ToList();
    }
}
