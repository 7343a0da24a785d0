using System.Diagnostics;
using System.Globalization;
using Consultation.Infrastructure.Search;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Consultation.Benchmarks.Search;

/// <summary>
/// Where a query's time goes, clause by clause: each query the site answers with, and every clause in it down to the
/// word level, run alone in bare Lucene.Net (top 10 by score, one thread), median of several runs, with its match count.
/// Runs on an index kept by <see cref="SearchBenchmark"/>.
/// </summary>
public static class QueryCosts
{
    private const int Runs = 15;

    public static void Run(string folder, IReadOnlyList<string> queries)
    {
        using var index = new SearchIndex(folder, NullLogger<SearchIndex>.Instance);
        var engine = new SearchEngine(index, Options.Create(new SearchOptions()), NullLogger<SearchEngine>.Instance);
        var synonyms = SearchBenchmark.Synonyms;
        var now = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var text in queries)
        {
            var relaxed = engine.Run(new SearchRequest(text), synonyms, now).Relaxed;
            if (engine.Parse(text, synonyms, relaxed) is not { } query) continue;
            Console.WriteLine($"## {text}{(relaxed ? " (relaxed)" : "")}");
            index.Search(searcher =>
            {
                Show(searcher, query, "", 0);
                return 0;
            });
        }
    }

    private static void Show(IndexSearcher searcher, Query query, string occur, int depth)
    {
        var (ms, hits) = Time(searcher, query);
        var text = query.ToString();
        if (text.Length > 110) text = text[..110] + "…";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{new string(' ', depth * 2)}{ms,7:0.00} ms {hits,7} {occur}{text}"));
        if (query is BooleanQuery boolean && depth < 4)
        {
            foreach (var clause in boolean.Clauses) Show(searcher, clause.Query, clause.Occur.ToString()[..1] + " ", depth + 1);
        }
    }

    private static (double Ms, int Hits) Time(IndexSearcher searcher, Query query)
    {
        var hits = searcher.Search(query, 10).TotalHits;
        var times = new List<double>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            searcher.Search(query, 10);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[Runs / 2], hits);
    }
}
