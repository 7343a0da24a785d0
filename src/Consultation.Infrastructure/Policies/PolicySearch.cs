using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Markdown;
using Consultation.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Policies;

/// <summary>A published policy document (政策, its 文号 as summary) and its interpretations (解读), public together (三同步).</summary>
public sealed class PolicySearch(ConsultationDbContext db, MarkdownRenderer markdown) : SearchableKind
{
    public override string SubjectType => "policy";

    public override Task<IReadOnlyList<string>> PublicKeysAsync(CancellationToken ct) =>
        KeysAsync(db.PolicyDocuments.Where(p => p.PublishedAt != null).Select(p => p.Id), ct);

    public override async Task<IReadOnlyList<SearchDocument>> DocumentsAsync(IReadOnlyCollection<string> keys,
        CancellationToken ct)
    {
        var ids = Ids(keys);
        var policies = await db.PolicyDocuments.AsNoTracking().Include(p => p.Interpretations)
            .Where(p => ids.Contains(p.Id) && p.PublishedAt != null).ToListAsync(ct);
        var documents = new List<SearchDocument>();
        foreach (var p in policies)
        {
            var key = Key(p.Id);
            var date = p.PublishedAt!.Value;
            documents.Add(new SearchDocument(key, $"policy:{key}", SearchKind.Policy, p.Title, p.DocumentNumber,
                markdown.ToPlainText(p.BodyMarkdown), $"/policies/{key}", date));
            documents.AddRange(p.Interpretations.Select(i => new SearchDocument(key,
                $"policy-interpretation:{Key(i.Id)}", SearchKind.Interpretation, i.Title, "",
                markdown.ToPlainText(i.BodyMarkdown), $"/policies/{key}/interpretations/{Key(i.Id)}", date)
            { Context = p.Title }));
        }
        return documents;
    }
}
