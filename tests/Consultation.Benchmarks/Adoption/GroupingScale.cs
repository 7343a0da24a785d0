using System.Diagnostics;
using System.Globalization;
using Consultation.Core.Adoption;
using Consultation.Infrastructure.Adoption;
using Consultation.Infrastructure.Seeding;
using Consultation.Tests;

namespace Consultation.Benchmarks.Adoption;

/// <summary>
/// How grouping grows with the number of comments on one draft: each stage the workbench runs — near-copies by
/// shingles, segmentation, reworded points by words — timed once per size after a warm-up, with the growth per tenfold
/// size beside what n log n would give. Two kinds of comments: <c>planted</c> (<see cref="SyntheticComments"/>: 50
/// topics reworded with random characters changed, 20 % unrelated comments from common words, all on one clause —
/// the word clusterer's worst case) and <c>generated</c> (what <c>--generate-data</c> writes: campaign letters with
/// a word or two changed, citizens' comments spread over the clauses).
/// </summary>
public static class GroupingScale
{
    /// <summary>Clauses of the generated draft: the data generator writes 13–21.</summary>
    private const int Clauses = 17;

    public static void Run(IReadOnlyList<int> sizes)
    {
        using var segmenter = new CommentSegmenter();
        var options = new GroupingOptions();
        Measure(Planted(1_000), options, segmenter); // warm-up: JIT and the SmartCn dictionary
        Console.WriteLine("| Comments | data | shingles s | segmenting s | words s | total s | groups | total ÷ previous | n log n would be |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, generate) in new (string, Func<int, IReadOnlyList<CommentText>>)[] { ("planted", Planted), ("generated", Generated) })
        {
            (int Size, double Total)? previous = null;
            foreach (var size in sizes)
            {
                var (shingles, segmenting, words, groups) = Measure(generate(size), options, segmenter);
                var total = shingles + segmenting + words;
                var growth = previous is { } p ? $"{total / p.Total:0.0}×" : "";
                var expected = previous is { } q ? $"{(double)size / q.Size * Math.Log(size) / Math.Log(q.Size):0.0}×" : "";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {size:N0} | {name} | {shingles:0.00} | {segmenting:0.00} | {words:0.00} | {total:0.00} | {groups:N0} | {growth} | {expected} |"));
                previous = (size, total);
            }
        }
    }

    private static IReadOnlyList<CommentText> Planted(int size) => SyntheticComments.Generate(size).Comments;

    private static IReadOnlyList<CommentText> Generated(int size)
    {
        var corpus = new GeneratedCorpus(42);
        return [.. corpus.Comments(size, corpus.SubjectOf(11), Clauses).Select((c, i) =>
            new CommentText(i + 1, c.Body, c.Clause is { } n ? $"art-{n + 1}" : ""))];
    }

    private static (double Shingles, double Segmenting, double Words, int Groups) Measure(IReadOnlyList<CommentText> comments,
        GroupingOptions options, CommentSegmenter segmenter)
    {
        var watch = Stopwatch.StartNew();
        var copies = new OpinionClusterer(options).Cluster(comments);
        var shingles = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var segmented = CommentWords.Of(comments, segmenter);
        var segmenting = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var reworded = new WordClusterer(new AdoptionOptions().WordSimilarityPercent / 100.0).Cluster(segmented);
        var words = watch.Elapsed.TotalSeconds;
        return (shingles, segmenting, words, copies.Count + reworded.Count);
    }
}
