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
                for (var i = start; i < end; i++)
                    for (var j = i + 1; j < end; j++)
                        JoinIfSimilar(order[i], order[j], signatures, members, sets, groups);
                start = end;
            }
        }
    }

    private void JoinIfSimilar(int x, int y, uint[] signatures, int[] members, ShingleSets sets, UnionFind groups)
    {
        var (a, b) = (members[x], members[y]);
        // Already in one group (through this bucket or an earlier band): nothing to learn from the pair.
        if (groups.Find(a) == groups.Find(b)) return;
        var width = _bands * _rows;
        if (MinHasher.Agreement(signatures.AsSpan(x * width, width), signatures.AsSpan(y * width, width)) < _leastAgreement) return;
        if (sets.AreSimilar(a, b, _threshold)) groups.Union(a, b);
    }

    private static ulong Key(ReadOnlySpan<uint> rows)
    {
        var key = 0xCBF29CE484222325UL;
        foreach (var row in rows) key = Shingler.Mix(key ^ row);
        return key;
    }
}
