using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// Runs one query over the index's segments in a few contiguous slices at once, each with its own facet counter and
/// top-results collector, then adds the counts and merges the top results. Slices follow segment order, so results
/// of equal score come out in document order exactly as a single pass gives them. On two cores this roughly halves
/// the time of a search that matches a large part of a big index.
/// </summary>
internal static class SlicedSearch
{
    public static (FacetCounter Counter, ScoreDoc[] Top) Run(IndexSearcher searcher, Query query, SearchRequest request,
        DateTimeOffset now, int wanted, Sort? sort, int slices)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var parts = Slices(searcher.IndexReader.Leaves, slices);
        var collected = new (FacetCounter Counter, TopDocs Top)[parts.Count];
        Parallel.For(0, parts.Count, new ParallelOptions { MaxDegreeOfParallelism = parts.Count },
            i => collected[i] = Collect(weight, parts[i], request, now, wanted, sort));
        var counter = collected[0].Counter;
        for (var i = 1; i < collected.Length; i++) counter.Add(collected[i].Counter);
        var top = collected.Length == 1 ? collected[0].Top : TopDocs.Merge(sort, wanted, collected.Select(c => c.Top).ToArray());
        return (counter, top.ScoreDocs);
    }

    private static (FacetCounter, TopDocs) Collect(Weight weight, IReadOnlyList<AtomicReaderContext> leaves,
        SearchRequest request, DateTimeOffset now, int wanted, Sort? sort)
    {
        // Fields are filled when sorting by date: merging slices compares them.
        ICollector top;
        Func<TopDocs> topDocs;
        if (sort is null)
        {
            var byScore = TopScoreDocCollector.Create(wanted, docsScoredInOrder: false);
            (top, topDocs) = (byScore, byScore.GetTopDocs);
        }
        else
        {
            var bySort = TopFieldCollector.Create(sort, wanted, fillFields: true, trackDocScores: false,
                trackMaxScore: false, docsScoredInOrder: false);
            (top, topDocs) = (bySort, bySort.GetTopDocs);
        }
        var counter = new FacetCounter(top, request, now);
        foreach (var leaf in leaves)
        {
            counter.SetNextReader(leaf);
            weight.GetBulkScorer(leaf, !counter.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(counter);
        }
        return (counter, topDocs());
    }

    /// <summary>Contiguous runs of segments of about equal size, at most <paramref name="count"/> of them.</summary>
    private static List<IReadOnlyList<AtomicReaderContext>> Slices(IList<AtomicReaderContext> leaves, int count)
    {
        var total = leaves.Sum(l => (long)l.AtomicReader.MaxDoc);
        var slices = new List<IReadOnlyList<AtomicReaderContext>>();
        var current = new List<AtomicReaderContext>();
        long filled = 0;
        foreach (var leaf in leaves)
        {
            current.Add(leaf);
            filled += leaf.AtomicReader.MaxDoc;
            if (slices.Count < count - 1 && filled * count >= total * (slices.Count + 1))
            {
                slices.Add(current);
                current = [];
            }
        }
        if (current.Count > 0 || slices.Count == 0) slices.Add(current);
        return slices;
    }
}
