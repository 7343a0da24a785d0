using System.Diagnostics;
using System.Globalization;
using Consultation.Infrastructure.Search;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Consultation.Benchmarks.Search;

/// <summary>
/// Indexes generated Chinese documents through the site's own index code, then times the site's search (parse,
/// facets over every match, paging, highlighting) against bare Lucene.Net on the same index: (a) the very query the
/// site answers with, run with IndexSearcher.Search(query, 10) and the stored fields of the ten hits loaded, which
/// isolates the service's own work (parsing, synonyms, the strict try before a relaxed one, facets, highlighting), and (b) Lucene's classic QueryParser on the body field alone. Prints throughput and p50/p95.
/// A console run rather than BenchmarkDotNet: indexing 100,000 documents once is the expensive part.
/// </summary>
public static class SearchBenchmark
{
    private static readonly string[] Queries =
    [
        "义务教育", "课后服务", "校外培训 负担", "\"政务公开工作要点\"", "2023年 政务公开", "PDF", "鲁教办字〔2025〕12号",
        "双减", "义教 课后服务", "教育", "高等教育 招生考试", "教师 师德师风", "學生資助", "民办学校 办学行为",
        "数字校园", "群众代表 列席", "意见采纳 10个工作日", "督导评估 指导意见", "不存在的词语", "校园安全 风险防控",
    ];

    private const int Rounds = 30;

    public static SynonymSet Synonyms { get; } =
        new([("义教", ["义务教育"]), ("双减", ["减轻学生过重作业负担和校外培训负担"])]);

    public static IReadOnlyList<string> TypicalQueries => Queries;

    /// <param name="keep">
    /// A folder to keep the index in: an index already there with <paramref name="documents"/> documents is searched
    /// again without indexing (indexing 100,000 takes minutes); null: a temporary index, deleted afterwards.
    /// </param>
    public static async Task RunAsync(int documents, string? keep)
    {
        var folder = keep ?? Path.Combine(Path.GetTempPath(), $"consultation-bench-index-{Guid.NewGuid():N}");
        try
        {
            using var index = new SearchIndex(folder, NullLogger<SearchIndex>.Instance);
            if (index.DocumentCount == documents && index.Problem is null)
            {
                Console.WriteLine($"Reusing the index of {documents:N0} documents in {folder}");
            }
            else
            {
                if (index.DocumentCount > 0) throw new InvalidOperationException($"{folder} holds another index; give an empty folder.");
                await Index(index, folder, documents);
            }

            Console.WriteLine("Segments (documents each): " + index.Search(s => string.Join(", ",
                s.IndexReader.Leaves.Select(l => l.AtomicReader.MaxDoc.ToString("N0", CultureInfo.InvariantCulture)))));
            var engine = new SearchEngine(index, Options.Create(new SearchOptions()), NullLogger<SearchEngine>.Instance);
            var synonyms = Synonyms;
            var now = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
            // The query the site answers with: the relaxed one where no result has every word (the site tries strict first).
            var parsed = Queries.Select(q => engine.Parse(q, synonyms,
                relaxed: engine.Run(new SearchRequest(q), synonyms, now).Relaxed)).ToList();
            var classic = new QueryParser(SearchIndex.Version, SearchFields.Body, index.Analyzer)
            {
                DefaultOperator = Operator.AND,
            };
            var classicQueries = Queries.Select(q => classic.Parse(QueryParserBase.Escape(q))).ToList();

            // Interleaved, query by query, so the three see the same load on a shared machine.
            var timed = Time(
                i => engine.Run(new SearchRequest(Queries[i]), synonyms, now).Total,
                i => index.Search(s => Bare(s, parsed[i])),
                i => index.Search(s => Bare(s, classicQueries[i])));
            var (service, servicePerQuery) = timed[0];
            var (bare, barePerQuery) = timed[1];
            var (bareClassic, _) = timed[2];

            Console.WriteLine($"{Queries.Length} queries × {Rounds} rounds, interleaved, after a warm-up round; times in ms");
            Console.WriteLine("| Search | p50 | p95 | mean |");
            Console.WriteLine("|---|---:|---:|---:|");
            Row("Site search (facets, highlighting, synonyms)", service);
            Row("Bare Lucene.Net, the site's query, top 10 + stored fields", bare);
            Row("Bare Lucene.Net, classic QueryParser on body, top 10", bareClassic);
            Console.WriteLine($"Overhead of the service over the same query in bare Lucene.Net: p50 {Ratio(service, bare, 0.50):0.00}×, " +
                              $"p95 {Ratio(service, bare, 0.95):0.00}×, mean {service.Average() / bare.Average():0.00}×");
            Console.WriteLine();
            Console.WriteLine("| Query | results | site p50 | site p95 | bare p50 | bare p95 |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            for (var i = 0; i < Queries.Length; i++)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {Queries[i].Replace("|", "\\|", StringComparison.Ordinal)} | {engine.Run(new SearchRequest(Queries[i]), synonyms, now).Total} | {Percentile(servicePerQuery[i], 0.5):0.00} | {Percentile(servicePerQuery[i], 0.95):0.00} | {Percentile(barePerQuery[i], 0.5):0.00} | {Percentile(barePerQuery[i], 0.95):0.00} |"));
            }
        }
        finally
        {
            if (keep is null && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Merges an index kept by an earlier run down to one segment per slice, as a rebuild does, and times it.</summary>
    public static async Task MergeAsync(string folder)
    {
        using var index = new SearchIndex(folder, NullLogger<SearchIndex>.Instance);
        var merging = Stopwatch.StartNew();
        await index.MergeDownAsync(new SearchOptions().Slices, CancellationToken.None);
        Console.WriteLine($"Merged {index.DocumentCount:N0} documents down in {merging.Elapsed.TotalSeconds:0.0} s; segments: " +
                          index.Search(s => string.Join(", ", s.IndexReader.Leaves.Select(l => l.AtomicReader.MaxDoc.ToString("N0", CultureInfo.InvariantCulture)))));
    }

    private static async Task Index(SearchIndex index, string folder, int documents)
    {
        var indexing = Stopwatch.StartNew();
        long position = 0;
        foreach (var batch in GeneratedDocuments.Generate(documents).Chunk(1000))
        {
            await index.ApplyAsync([], batch.Select(d => ("bench:" + d.SubjectKey, d)).ToList(), ++position,
                CancellationToken.None);
        }
        indexing.Stop();
        // As a full rebuild does: one segment per slice a search reads.
        var merging = Stopwatch.StartNew();
        await index.MergeDownAsync(new SearchOptions().Slices, CancellationToken.None);
        merging.Stop();
        var size = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"Indexed {documents:N0} documents in {indexing.Elapsed.TotalSeconds:0.0} s: " +
                          $"{documents / indexing.Elapsed.TotalSeconds:N0} documents/s, then merged down in " +
                          $"{merging.Elapsed.TotalSeconds:0.0} s; index {size / 1048576.0:0} MiB");
    }

    private static int Bare(IndexSearcher searcher, Query? query)
    {
        if (query is null) return 0;
        var top = searcher.Search(query, 10);
        foreach (var hit in top.ScoreDocs) searcher.Doc(hit.Doc);
        return top.TotalHits;
    }

    /// <summary>
    /// Runs every query once per way to warm up, then <see cref="Rounds"/> times each, the ways taking turns on each
    /// query; returns per way every run's milliseconds, sorted, and each query's own, sorted.
    /// </summary>
    private static (List<double> All, List<double>[] PerQuery)[] Time(params Func<int, int>[] ways)
    {
        foreach (var way in ways)
        {
            for (var i = 0; i < Queries.Length; i++) way(i);
        }
        var perQuery = ways.Select(_ => Queries.Select(_ => new List<double>(Rounds)).ToArray()).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < Queries.Length; i++)
            {
                for (var w = 0; w < ways.Length; w++)
                {
                    var watch = Stopwatch.StartNew();
                    ways[w](i);
                    perQuery[w][i].Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }
        return perQuery.Select(way =>
        {
            foreach (var times in way) times.Sort();
            var all = way.SelectMany(t => t).ToList();
            all.Sort();
            return (all, way);
        }).ToArray();
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];

    private static double Ratio(List<double> a, List<double> b, double p) => Percentile(a, p) / Percentile(b, p);

    private static void Row(string name, List<double> times) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {Percentile(times, 0.50):0.00} | {Percentile(times, 0.95):0.00} | {times.Average():0.00} |"));
}
