namespace Consultation.Core.Adoption;

/// <summary>
/// Groups near-duplicate and same-topic comments into 集中意见 (opinion groups) without a word list: each comment
/// becomes a set of character n-grams, MinHash signatures with LSH banding find the pairs worth comparing, pairs whose
/// exact Jaccard similarity reaches <see cref="GroupingOptions.SimilarityThreshold"/> are joined, and joined pairs
/// chain into groups. Verbatim copies (after normalisation) are joined up front and hashed once, so a campaign of
/// thousands of identical letters costs no more than one. The result depends only on the input, never on timing.
/// </summary>
public sealed class OpinionClusterer
{
    private readonly GroupingOptions _options;
    private readonly MinHasher _minHasher;
    private readonly SimilarityBands _bands;

    public OpinionClusterer(GroupingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ShingleLength, 1, nameof(options.ShingleLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Bands, 1, nameof(options.Bands));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.HashCount, options.Bands, nameof(options.HashCount));
        if (options.HashCount % options.Bands != 0)
            throw new ArgumentException("HashCount must be a multiple of Bands.", nameof(options));
        if (options.SimilarityThreshold is not (> 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(options), "SimilarityThreshold must be above 0 and at most 1.");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumGroupSize, 2, nameof(options.MinimumGroupSize));
        _options = options;
        _minHasher = new MinHasher(options.HashCount);
        _bands = new SimilarityBands(options.Bands, options.HashCount / options.Bands, options.SimilarityThreshold);
    }

    /// <summary>
    /// The groups of at least <see cref="GroupingOptions.MinimumGroupSize"/> comments, largest first (ties by lowest
    /// id), each as its comment ids ascending. Comments that group with nothing, and empty ones, are not returned.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<long>> Cluster(IReadOnlyList<CommentText> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var sets = ShingleSets.Of(comments, new Shingler(_options.ShingleLength));
        var groups = new UnionFind(comments.Count);
        var distinct = JoinVerbatimCopies(sets, groups);
        _bands.Join(Sign(distinct, sets), distinct, sets, groups);
        return Collect(comments, sets, groups);
    }

    /// <summary>Unites comments with identical shingle sets; returns one index per distinct non-empty set.</summary>
    private static int[] JoinVerbatimCopies(ShingleSets sets, UnionFind groups)
    {
        var firstWithSet = new Dictionary<ulong, int>(sets.Count);
        var distinct = new List<int>(sets.Count);
        for (var i = 0; i < sets.Count; i++)
        {
            var shingles = sets[i];
            if (shingles.IsEmpty) continue;
            var fingerprint = Fingerprint(shingles);
            if (firstWithSet.TryGetValue(fingerprint, out var first) && shingles.SequenceEqual(sets[first]))
            {
                groups.Union(first, i);
                continue;
            }
            firstWithSet.TryAdd(fingerprint, i);
            distinct.Add(i);
        }
        return [.. distinct];
    }

    private static ulong Fingerprint(ReadOnlySpan<ulong> shingles)
    {
        var hash = (ulong)shingles.Length;
        foreach (var shingle in shingles) hash = Shingler.Mix(hash ^ shingle);
        return hash;
    }

    private uint[] Sign(int[] distinct, ShingleSets sets)
    {
        var width = _minHasher.HashCount;
        var signatures = new uint[distinct.Length * width];
        for (var k = 0; k < distinct.Length; k++) _minHasher.Sign(sets[distinct[k]], signatures.AsSpan(k * width, width));
        return signatures;
    }

    private List<IReadOnlyList<long>> Collect(IReadOnlyList<CommentText> comments, ShingleSets sets, UnionFind groups)
    {
        var byRoot = new Dictionary<int, List<long>>();
        for (var i = 0; i < comments.Count; i++)
        {
            if (sets[i].IsEmpty) continue;
            var root = groups.Find(i);
            if (groups.SizeOf(root) < _options.MinimumGroupSize) continue;
            if (!byRoot.TryGetValue(root, out var ids)) byRoot[root] = ids = [];
            ids.Add(comments[i].Id);
        }
        foreach (var ids in byRoot.Values) ids.Sort();
        return [.. byRoot.Values.OrderByDescending(ids => ids.Count).ThenBy(ids => ids[0])];
    }
}
