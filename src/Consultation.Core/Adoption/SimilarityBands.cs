namespace Consultation.Core.Adoption;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: each signature is cut into bands of a few rows, and comments
/// whose signatures agree on a whole band land in the same bucket. Only comments sharing a bucket are compared, so
/// the work grows with the number of comments and similar pairs rather than with all pairs.
/// </summary>
internal sealed class SimilarityBands
{
    private readonly int _bands;
    private readonly int _rows;
    private readonly double _threshold;
    private readonly int _leastAgreement;

    public SimilarityBands(int bands, int rowsPerBand, double threshold)
    {
        (_bands, _rows, _threshold) = (bands, rowsPerBand, threshold);
        // A pair whose signatures agree in far fewer places than the threshold implies is not worth the exact
        // comparison. Three standard deviations below the expected agreement: a pair right at the threshold is
        // turned away about once in a thousand (and usually still joins its group through another member), while
        // most pairs of unrelated comments sharing a bucket are turned away without reading their shingles.
        var width = bands * rowsPerBand;
        var expected = threshold * width;
        _leastAgreement = (int)Math.Max(0, expected - 3 * Math.Sqrt(expected * (1 - threshold)));
    }

    /// <summary>
    /// Unites in <paramref name="groups"/> every pair of <paramref name="members"/> that shares a bucket and whose
    /// shingle sets reach the threshold. Signature <c>k</c> belongs to comment <c>members[k]</c>.
    /// </summary>
    public void Join(uint[] signatures, int[] members, ShingleSets sets, UnionFind groups)
    {
        var width = _bands * _rows;
        var keys = new ulong[members.Length];
        var order = new int[members.Length];
        for (var band = 0; band < _bands; band++)
        {
            for (var k = 0; k < members.Length; k++)
            {
                keys[k] = Key(signatures.AsSpan(k * width + band * _rows, _rows));
                order[k] = k;
            }
            Array.Sort(keys, order);
            for (var start = 0; start < keys.Length;)
            {
                var end = start + 1;
                while (end < keys.Length && keys[end] == keys[start]) end++;
                if (end - start > 1) JoinBucket(order.AsSpan(start, end - start), band, 1, signatures, members, sets, groups);
                start = end;
            }
        }
    }

    /// <summary>
    /// Most comments compared within one bucket. Chinese comments share common bigrams (学校, 建议, 学生), so with
    /// two rows per band thousands of comments that are not near-copies of each other land in one bucket (at 100,000
    /// generated comments the largest held 12,000), and each newcomer was compared with a member of every class
    /// there: buckets × classes, 42 s of the 56 s the whole grouping took. A larger bucket is cut further by the rows
    /// of the next band, as if its band were longer, until every part is this small: a near-copy stays with its
    /// copies (they agree on most rows), while comments that only share common words part. Work per comment and band
    /// is then at most this many comparisons.
    /// </summary>
    private const int LargestBucket = 64;

    /// <summary>
    /// Compares within <paramref name="bucket"/> (comments agreeing on <paramref name="band"/> and the next
    /// <paramref name="depth"/> − 1 bands), first cutting it by the next band's rows while it is too large.
    /// </summary>
    private void JoinBucket(Span<int> bucket, int band, int depth, uint[] signatures, int[] members, ShingleSets sets,
        UnionFind groups)
    {
        // Past the last band every row agrees: the signatures are equal, a single class, cheap to join.
        if (bucket.Length <= LargestBucket || depth == _bands)
        {
            JoinClasses(bucket, signatures, members, sets, groups);
            return;
        }
        var width = _bands * _rows;
        var offset = (band + depth) % _bands * _rows;
        var keys = new ulong[bucket.Length];
        for (var k = 0; k < bucket.Length; k++) keys[k] = Key(signatures.AsSpan(bucket[k] * width + offset, _rows));
        keys.AsSpan().Sort(bucket);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (end - start > 1) JoinBucket(bucket[start..end], band, depth + 1, signatures, members, sets, groups);
            start = end;
        }
    }

    /// <summary>
    /// Most members of one class a newcomer is compared with, spread evenly over the class. Without a cap, each of
    /// thousands of comments that share a band with a campaign but are not near-copies of it was compared with every
    /// member: at 100,000 comments this stage took 740 s of the 910 s. A near-copy of a class is similar to most of
    /// its members, so a spread sample finds it; one missed here is usually joined through another band.
    /// </summary>
    private const int TriedPerClass = 16;

    /// <summary>
    /// Joins the similar pairs of one (small) bucket. A campaign of near-copies puts hundreds of comments in one bucket, and
    /// comparing every pair is quadratic, so the bucket's members are kept as classes (one per group met so far): a
    /// newcomer is compared with a sample of each other class's members only until one is similar, and not at all
    /// with a class it already belongs to; a bucket of copies of one point costs one comparison per member.
    /// </summary>
    private void JoinClasses(ReadOnlySpan<int> bucket, uint[] signatures, int[] members, ShingleSets sets, UnionFind groups)
    {
        var classes = new List<List<int>>();
        foreach (var x in bucket)
        {
            List<int>? home = null;
            for (var c = 0; c < classes.Count; c++)
            {
                var others = classes[c];
                var joined = groups.Find(members[x]) == groups.Find(members[others[0]]);
                var stride = Math.Max(1, others.Count / TriedPerClass);
                for (var k = 0; !joined && k < others.Count; k += stride) joined = JoinIfSimilar(others[k], x, signatures, members, sets, groups);
                if (!joined) continue;
                if (home is null) home = others;
                else
                {
                    home.AddRange(others);
                    classes.RemoveAt(c--);
                }
            }
            if (home is null) classes.Add([x]);
            else home.Add(x);
        }
    }

    /// <summary>Compares two comments of a bucket and joins their groups if similar; true when they are now one group.</summary>
    private bool JoinIfSimilar(int x, int y, uint[] signatures, int[] members, ShingleSets sets, UnionFind groups)
    {
        var (a, b) = (members[x], members[y]);
        var width = _bands * _rows;
        if (MinHasher.Agreement(signatures.AsSpan(x * width, width), signatures.AsSpan(y * width, width)) < _leastAgreement) return false;
        if (!sets.AreSimilar(a, b, _threshold)) return false;
        groups.Union(a, b);
        return true;
    }

    private static ulong Key(ReadOnlySpan<uint> rows)
    {
        var key = 0xCBF29CE484222325UL;
        foreach (var row in rows) key = Shingler.Mix(key ^ row);
        return key;
    }
}
