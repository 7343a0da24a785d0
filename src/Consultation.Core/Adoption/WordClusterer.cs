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
        var vectors = copies.Select(g => Vector(g.First().Words, idf)).ToList();
        var groups = new UnionFind(distinct.Count);
        var centroids = vectors.Select((v, i) => Scale(v, distinct[i].Count)).ToList();
        foreach (var (a, b) in SimilarPairs(vectors))
        {
            var (ra, rb) = (groups.Find(a), groups.Find(b));
            if (ra == rb || Cosine(centroids[ra], centroids[rb]) < _threshold) continue;
            groups.Union(ra, rb);
            var root = groups.Find(ra);
            centroids[root] = Add(centroids[ra], centroids[rb]);
        }
        var byRoot = new Dictionary<int, List<long>>();
        for (var i = 0; i < distinct.Count; i++)
        {
            var root = groups.Find(i);
            if (!byRoot.TryGetValue(root, out var ids)) byRoot[root] = ids = [];
            ids.AddRange(distinct[i]);
        }
        return [.. byRoot.Values.Where(ids => ids.Count >= 2).Select(ids => (IReadOnlyList<long>)[.. ids.Order()])];
    }

    /// <summary>Pairs at or above the threshold, most similar first; only pairs sharing a word are computed.</summary>
    private List<(int A, int B)> SimilarPairs(List<Dictionary<string, double>> vectors)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < vectors.Count; i++)
            foreach (var word in vectors[i].Keys)
            {
                if (!postings.TryGetValue(word, out var list)) postings[word] = list = [];
                list.Add(i);
            }
        var pairs = new List<(int A, int B, double Similarity)>();
        var dot = new Dictionary<int, double>();
        for (var i = 0; i < vectors.Count; i++)
        {
            dot.Clear();
            foreach (var (word, weight) in vectors[i])
                foreach (var j in postings[word])
                    if (j > i) dot[j] = dot.GetValueOrDefault(j) + weight * vectors[j][word];
            foreach (var (j, similarity) in dot)
                if (similarity >= _threshold) pairs.Add((i, j, similarity));
        }
        return [.. pairs.OrderByDescending(p => p.Similarity).ThenBy(p => p.A).ThenBy(p => p.B).Select(p => (p.A, p.B))];
    }

    /// <summary>Term frequency (dampened) × IDF, scaled to length one so a dot product is the cosine.</summary>
    private static Dictionary<string, double> Vector(IReadOnlyList<string> words, Dictionary<string, double> idf)
    {
        var vector = words.GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (1.0 + Math.Log(g.Count())) * idf[g.Key], StringComparer.Ordinal);
        var length = Math.Sqrt(vector.Values.Sum(v => v * v));
        foreach (var word in vector.Keys.ToList()) vector[word] /= length;
        return vector;
    }

    private static Dictionary<string, double> Scale(Dictionary<string, double> vector, int times) =>
        vector.ToDictionary(p => p.Key, p => p.Value * times, StringComparer.Ordinal);

    private static Dictionary<string, double> Add(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var sum = new Dictionary<string, double>(a, StringComparer.Ordinal);
        foreach (var (word, weight) in b) sum[word] = sum.GetValueOrDefault(word) + weight;
        return sum;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = small.Sum(p => large.TryGetValue(p.Key, out var w) ? p.Value * w : 0);
        var norms = Math.Sqrt(a.Values.Sum(v => v * v)) * Math.Sqrt(b.Values.Sum(v => v * v));
        return norms == 0 ? 0 : dot / norms;
    }
}
