namespace Consultation.Core.Adoption;

/// <summary>
/// Proposes groups of comments that make the same point in different words about the same clause. Each comment is a
/// TF-IDF vector over its segmented words (a word common to every comment, such as 学校 in a school regulation,
/// weighs little; a word few comments use, such as 午休, weighs much), compared by cosine within its clause only.
/// Pairs at or above the threshold are joined most similar first, and two groups are joined only while their
/// average vectors stay that similar, so one comment touching two points cannot chain both points into one group.
/// Comments with identical words are joined up front and compared once. The result depends only on the input.
/// </summary>
public sealed class WordClusterer
{
    private readonly double _threshold;

    /// <param name="threshold">Least cosine similarity (above 0, at most 1) of two comments, or two groups, to join.</param>
    public WordClusterer(double threshold)
    {
        if (threshold is not (> 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(threshold), "The threshold must be above 0 and at most 1.");
        _threshold = threshold;
    }

    /// <summary>Groups of at least two comments, each as ascending ids, largest first (ties by lowest id).</summary>
    public IReadOnlyList<IReadOnlyList<long>> Cluster(IReadOnlyList<CommentWords> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var idf = InverseDocumentFrequencies(comments);
        var groups = new List<IReadOnlyList<long>>();
        foreach (var clause in comments.Where(c => c.Words.Count > 0).GroupBy(c => c.Clause))
            groups.AddRange(ClusterClause([.. clause], idf));
        return [.. groups.OrderByDescending(g => g.Count).ThenBy(g => g[0])];
    }

    /// <summary>Smoothed IDF over the whole consultation, so a small clause still knows which words are common.</summary>
    private static Dictionary<string, double> InverseDocumentFrequencies(IReadOnlyList<CommentWords> comments)
    {
        var documents = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var comment in comments)
            foreach (var word in comment.Words.Distinct(StringComparer.Ordinal))
                documents[word] = documents.GetValueOrDefault(word) + 1;
        return documents.ToDictionary(p => p.Key, p => Math.Log((1.0 + comments.Count) / (1.0 + p.Value)) + 1.0,
            StringComparer.Ordinal);
    }

    private List<IReadOnlyList<long>> ClusterClause(List<CommentWords> comments, Dictionary<string, double> idf)
    {
        // Identical word lists are one vector: a campaign of a thousand copies costs one comparison.
        var copies = comments.GroupBy(c => string.Join('\u0001', c.Words.Order(StringComparer.Ordinal))).ToList();
        var distinct = copies.Select(g => g.Select(c => c.Id).ToList()).ToList();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var vectors = copies.Select(g => Vector(g.First().Words, idf, numbers)).ToList();
        // Each comment joins the group whose centroid it is most similar to, or starts one: comments × candidate
        // groups instead of every similar pair, which in a topic reworded a thousand times is a million pairs.
        var centroids = new WordCentroids();
        var groupOf = new int[distinct.Count];
        for (var i = 0; i < distinct.Count; i++)
        {
            var group = centroids.MostSimilar(vectors[i], _threshold);
            if (group < 0) groupOf[i] = centroids.Start(vectors[i], distinct[i].Count);
            else centroids.Add(groupOf[i] = group, vectors[i], distinct[i].Count);
        }
        var merged = MergeSimilarGroups(centroids);
        var byRoot = new Dictionary<int, List<long>>();
        for (var i = 0; i < distinct.Count; i++)
        {
            var root = merged.Find(groupOf[i]);
            if (!byRoot.TryGetValue(root, out var ids)) byRoot[root] = ids = [];
            ids.AddRange(distinct[i]);
        }
        return [.. byRoot.Values.Where(ids => ids.Count >= 2).Select(ids => (IReadOnlyList<long>)[.. ids.Order()])];
    }

    /// <summary>
    /// Groups that started apart (their first comments differed) but whose centroids came out similar are joined,
    /// most similar first, and only while the joined centroids stay that similar, so one comment touching two points
    /// cannot chain both points into one group.
    /// </summary>
    private UnionFind MergeSimilarGroups(WordCentroids centroids)
    {
        var pairs = new List<(int A, int B, double Similarity)>();
        for (var a = 0; a < centroids.Count; a++)
            foreach (var b in centroids.Candidates(centroids.IndexedWords(a)).GetViewBetween(a + 1, int.MaxValue))
            {
                var similarity = Cosine(centroids.Sum(a), centroids.Sum(b));
                if (similarity >= _threshold) pairs.Add((a, b, similarity));
            }
        var groups = new UnionFind(centroids.Count);
        var sums = new Dictionary<int, Dictionary<int, double>>();
        foreach (var (a, b, _) in pairs.OrderByDescending(p => p.Similarity).ThenBy(p => p.A).ThenBy(p => p.B))
        {
            var (ra, rb) = (groups.Find(a), groups.Find(b));
            var (sumA, sumB) = (sums.GetValueOrDefault(ra) ?? centroids.Sum(ra), sums.GetValueOrDefault(rb) ?? centroids.Sum(rb));
            if (ra == rb || Cosine(sumA, sumB) < _threshold) continue;
            groups.Union(ra, rb);
            sums[groups.Find(ra)] = Add(sumA, sumB);
        }
        return groups;
    }

    /// <summary>Term frequency (dampened) × IDF, scaled to length one so a dot product is the cosine.</summary>
    private static WordVector Vector(IReadOnlyList<string> words, Dictionary<string, double> idf,
        Dictionary<string, int> numbers)
    {
        var weights = words.GroupBy(w => w, StringComparer.Ordinal)
            .Select(g => (Word: g.Key, Weight: (1.0 + Math.Log(g.Count())) * idf[g.Key])).ToList();
        var length = Math.Sqrt(weights.Sum(p => p.Weight * p.Weight));
        foreach (var (word, _) in weights) numbers.TryAdd(word, numbers.Count);
        return new WordVector([.. weights.Select(p => numbers[p.Word])], [.. weights.Select(p => p.Weight / length)]);
    }

    private static Dictionary<int, double> Add(Dictionary<int, double> a, Dictionary<int, double> b)
    {
        var sum = new Dictionary<int, double>(a);
        foreach (var (word, weight) in b) sum[word] = sum.GetValueOrDefault(word) + weight;
        return sum;
    }

    private static double Cosine(Dictionary<int, double> a, Dictionary<int, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = small.Sum(p => large.TryGetValue(p.Key, out var w) ? p.Value * w : 0);
        var norms = Math.Sqrt(a.Values.Sum(v => v * v)) * Math.Sqrt(b.Values.Sum(v => v * v));
        return norms == 0 ? 0 : dot / norms;
    }
}
