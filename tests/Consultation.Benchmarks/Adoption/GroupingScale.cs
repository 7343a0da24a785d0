using System.Diagnostics;
using System.Globalization;
using Consultation.Core.Adoption;
using Consultation.Infrastructure.Adoption;
using Consultation.Tests;

namespace Consultation.Benchmarks.Adoption;

/// <summary>
/// How grouping grows with the number of comments on one draft (all on one clause, the worst case for the word
/// clusterer): each stage the workbench runs — near-copies by shingles, segmentation, reworded points by words —
/// timed once per size after a warm-up, with the growth per tenfold size beside what n log n would give.
/// </summary>
public static class GroupingScale
{
    public static void Run(IReadOnlyList<int> sizes)
    {
        using var segmenter = new CommentSegmenter();
        var options = new GroupingOptions();
        Measure(1_000, options, segmenter); // warm-up: JIT and the SmartCn dictionary
        Console.WriteLine("| Comments | shingles s | segmenting s | words s | total s | groups | total ÷ previous | n log n would be |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        (int Size, double Total)? previous = null;
        foreach (var size in sizes)
        {
            var (shingles, segmenting, words, groups) = Measure(size, options, segmenter);
            var total = shingles + segmenting + words;
            var growth = previous is { } p ? $"{total / p.Total:0.0}×" : "";
            var expected = previous is { } q ? $"{(double)size / q.Size * Math.Log(size) / Math.Log(q.Size):0.0}×" : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size:N0} | {shingles:0.00} | {segmenting:0.00} | {words:0.00} | {total:0.00} | {groups:N0} | {growth} | {expected} |"));
            previous = (size, total);
        }
    }

    private static (double Shingles, double Segmenting, double Words, int Groups) Measure(int size, GroupingOptions options,
        CommentSegmenter segmenter)
    {
        var comments = SyntheticComments.Generate(size).Comments;
        var watch = Stopwatch.StartNew();
        var copies = new OpinionClusterer(options).Cluster(comments);
        var shingles = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var segmented = comments.Select(c => new CommentWords(c.Id, c.Clause, segmenter.Words(c.Text))).ToList();
        var segmenting = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var reworded = new WordClusterer(0.25).Cluster(segmented);
        var words = watch.Elapsed.TotalSeconds;
        return (shingles, segmenting, words, copies.Count + reworded.Count);
    }
}
