namespace Consultation.Core.Adoption;

/// <summary>
/// The groups the workbench proposes in one run: near-copies by character shingles (<see cref="OpinionClusterer"/>,
/// across clauses, at the configured Jaccard threshold) and comments making the same point in other words about the
/// same clause (<see cref="WordClusterer"/>, at the threshold the editor chose for the run). A comment found by both
/// joins the two proposals, since a near-copy of a reworded point makes the same point.
/// </summary>
public sealed class OpinionProposals(GroupingOptions nearCopies, double wordSimilarity, IWordSegmenter segmenter)
{
    /// <summary>Proposed groups of at least two comments, ascending ids each, largest first (ties by lowest id).</summary>
    public IReadOnlyList<IReadOnlyList<long>> Propose(IReadOnlyList<CommentText> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var copies = new OpinionClusterer(nearCopies).Cluster(comments);
        var words = new WordClusterer(wordSimilarity).Cluster(CommentWords.Of(comments, segmenter));
        var index = comments.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var joined = new UnionFind(comments.Count);
        foreach (var group in copies.Concat(words))
            foreach (var id in group.Skip(1)) joined.Union(index[group[0]], index[id]);
        return [.. copies.Concat(words).SelectMany(g => g).Distinct()
            .GroupBy(id => joined.Find(index[id]))
            .Select(g => (IReadOnlyList<long>)[.. g.Order()])
            .OrderByDescending(g => g.Count).ThenBy(g => g[0])];
    }
}
