namespace Consultation.Core.Adoption;

/// <summary>
/// How many different things were said in a set of comments: comments whose character-bigram sets overlap by at least
/// <see cref="Similarity"/> (Jaccard, after the <see cref="OpinionClusterer"/>'s normalisation of punctuation, width
/// and case) are near-duplicate copies of one another, and each such set counts once. The threshold is far above the
/// grouping default (0.3, "the same point in other words"): at 0.8 only a copied letter with a name or a few words
/// changed joins, so "unique" never hides a comment that argues differently.
/// </summary>
public static class NearCopies
{
    public const double Similarity = 0.8;

    private static readonly GroupingOptions Options = new() { SimilarityThreshold = Similarity };

    /// <summary>Unique comments (each set of copies counted once) and the copies beyond the first of each set.</summary>
    public static (int Unique, int Copies) Count(IReadOnlyList<CommentText> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        // A clusterer per call: it keeps working buffers, and pages are rendered in parallel.
        var copies = new OpinionClusterer(Options).Cluster(comments).Sum(set => set.Count - 1);
        return (comments.Count - copies, copies);
    }
}
