using Consultation.Infrastructure.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Consultation.UnitTests.Search;

/// <summary>A search index in a temporary folder, filled with the given documents, removed afterwards.</summary>
internal sealed class TestIndex : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"consultation-search-{Guid.NewGuid():N}");

    public TestIndex(params SearchDocument[] documents)
    {
        Index = new SearchIndex(_folder, NullLogger<SearchIndex>.Instance);
        Engine = new SearchEngine(Index, Options.Create(new SearchOptions { PageSize = 10 }), NullLogger<SearchEngine>.Instance);
        Add(documents);
    }

    public SearchIndex Index { get; }
    public SearchEngine Engine { get; }
    public SynonymSet Synonyms { get; set; } = SynonymSet.Empty;

    public void Add(params SearchDocument[] documents) =>
        Index.ApplyAsync(documents.Select(d => "test:" + d.SubjectKey).Distinct().ToList(),
            documents.Select(d => ("test:" + d.SubjectKey, d)).ToList(), Index.Position + 1, CancellationToken.None)
            .GetAwaiter().GetResult();

    public SearchResults Search(string? text) => Search(new SearchRequest(text));

    public SearchResults Search(SearchRequest request) => Engine.Run(request, Synonyms, Now);

    /// <summary>The ids of the results, best first: the document ids are the titles in these tests.</summary>
    public IReadOnlyList<string> Titles(string text) => Search(text).Hits.Select(h => h.Title).ToList();

    public static SearchDocument Doc(string title, string body = "", string summary = "",
        SearchKind kind = SearchKind.Article, DateTimeOffset? date = null) =>
        new(title, $"{kind}:{title}", kind, title, summary, body, $"/test/{Uri.EscapeDataString(title)}", date ?? Now);

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
