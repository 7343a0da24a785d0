using System.Diagnostics;
using Consultation.Infrastructure.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Consultation.Benchmarks.Search;

/// <summary>
/// Runs the site's search over the given queries again and again for a while, on an index kept by
/// <see cref="SearchBenchmark"/>: something steady for a profiler (dotnet-trace) to sample.
/// </summary>
public static class SearchLoop
{
    public static void Run(string folder, double seconds, IReadOnlyList<string> queries)
    {
        using var index = new SearchIndex(folder, NullLogger<SearchIndex>.Instance);
        var engine = new SearchEngine(index, Options.Create(new SearchOptions()), NullLogger<SearchEngine>.Instance);
        var now = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var watch = Stopwatch.StartNew();
        var runs = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            foreach (var query in queries) engine.Run(new SearchRequest(query), SearchBenchmark.Synonyms, now);
            runs++;
        }
        Console.WriteLine($"{runs * queries.Count} searches in {watch.Elapsed.TotalSeconds:0.0} s");
    }
}
