namespace Consultation.Core.Adoption;

/// <summary>
/// The groups of one clause as running sums of their members' word vectors, found through an inverted index from a
/// distinctive word to the groups that hold it. A comment is compared with the few groups that share one of its most
/// distinctive words instead of with every other comment: a topic reworded by thousands of writers is one centroid,
/// so the work grows with comments × candidate groups rather than with the square of a topic's size. Each word's list
/// of groups is capped, so a word many unrelated comments share cannot make the lookup quadratic again.
/// </summary>
internal sealed class WordCentroids
{
    /// <summary>How many of a comment's heaviest words index its group and look for candidates.</summary>
    private const int DistinctiveWords = 8;

    /// <summary>Most groups listed under one word; the first to use a word are kept, so they are the earliest groups.</summary>
    private const int GroupsPerWord = 256;

    private readonly List<Dictionary<int, double>> _sums = [];
    private readonly List<double> _squaredNorms = [];
    private readonly List<HashSet<int>> _indexedWords = [];
    private readonly Dictionary<int, List<int>> _groupsOfWord = [];

    public int Count => _sums.Count;

    /// <summary>A new group holding <paramref name="vector"/> <paramref name="copies"/> times; its number.</summary>
    public int Start(WordVector vector, int copies)
    {
        _sums.Add([]);
        _squaredNorms.Add(0);
        _indexedWords.Add([]);
        var group = _sums.Count - 1;
        Add(group, vector, copies);
        return group;
    }

    /// <summary>Adds <paramref name="vector"/> <paramref name="copies"/> times to the sum of <paramref name="group"/>.</summary>
    public void Add(int group, WordVector vector, int copies)
    {
        var sum = _sums[group];
        var squared = _squaredNorms[group];
        for (var k = 0; k < vector.Words.Length; k++)
        {
            var before = sum.GetValueOrDefault(vector.Words[k]);
            var after = before + copies * vector.Weights[k];
            sum[vector.Words[k]] = after;
            squared += after * after - before * before;
        }
        _squaredNorms[group] = squared;
        foreach (var word in vector.Heaviest(DistinctiveWords))
        {
            if (!_indexedWords[group].Add(word)) continue;
            if (!_groupsOfWord.TryGetValue(word, out var groups)) _groupsOfWord[word] = groups = [];
            if (groups.Count < GroupsPerWord) groups.Add(group);
        }
    }

    /// <summary>The group most similar to <paramref name="vector"/> (a unit vector) at or above the threshold, or −1.</summary>
    public int MostSimilar(WordVector vector, double threshold)
    {
        var (best, bestSimilarity) = (-1, threshold);
        foreach (var group in Candidates(vector.Heaviest(DistinctiveWords)))
        {
            var similarity = Dot(vector, _sums[group]) / Math.Sqrt(_squaredNorms[group]);
            if (similarity >= bestSimilarity) (best, bestSimilarity) = (group, similarity);
        }
        return best;
    }

    /// <summary>Groups listed under any of <paramref name="words"/>, each once, in ascending order.</summary>
    public SortedSet<int> Candidates(IEnumerable<int> words)
    {
        var candidates = new SortedSet<int>();
        foreach (var word in words)
            if (_groupsOfWord.TryGetValue(word, out var groups)) candidates.UnionWith(groups);
        return candidates;
    }

    public IEnumerable<int> IndexedWords(int group) => _indexedWords[group];

    public Dictionary<int, double> Sum(int group) => _sums[group];

    private static double Dot(WordVector vector, Dictionary<int, double> sum)
    {
        var dot = 0.0;
        for (var k = 0; k < vector.Words.Length; k++)
            if (sum.TryGetValue(vector.Words[k], out var weight)) dot += vector.Weights[k] * weight;
        return dot;
    }
}
