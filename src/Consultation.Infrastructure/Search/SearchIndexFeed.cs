using Consultation.Infrastructure.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// Keeps this node's index in step with the outbox: every message about a subject a <see cref="SearchableKind"/>
/// knows replaces that subject's documents with what is public now (publish adds them, unpublish or withdrawal
/// removes them), committed together with the message id, so the index and its place in the outbox never disagree.
/// </summary>
public sealed class SearchIndexFeed(SearchIndex index, SearchIndexRebuild rebuild, SynonymList synonyms,
    IServiceScopeFactory scopes) : IOutboxHandler
{
    public string Name => "search";

    public static string Subject(string type, string key) => $"{type}:{key}";

    public Task<long> PositionAsync(CancellationToken ct) => Task.FromResult(index.Position);

    public async Task HandleAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken ct)
    {
        if (messages.Any(m => m.Kind == OutboxKinds.SearchRebuild)) _ = rebuild.StartAsync();
        if (messages.Any(m => m.Kind == OutboxKinds.SearchSynonymsChanged)) synonyms.Invalidate();

        var subjects = new List<string>();
        var documents = new List<(string, SearchDocument)>();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var kinds = scope.ServiceProvider.GetServices<SearchableKind>().ToDictionary(k => k.SubjectType);
            foreach (var group in messages.GroupBy(m => m.SubjectType))
            {
                if (!kinds.TryGetValue(group.Key, out var kind)) continue;
                var keys = group.Select(m => m.SubjectKey).Distinct().ToList();
                subjects.AddRange(keys.Select(k => Subject(kind.SubjectType, k)));
                documents.AddRange((await kind.DocumentsAsync(keys, ct))
                    .Select(d => (Subject(kind.SubjectType, d.SubjectKey), d)));
            }
        }
        await index.ApplyAsync(subjects, documents, messages[^1].Id, ct);
    }
}
