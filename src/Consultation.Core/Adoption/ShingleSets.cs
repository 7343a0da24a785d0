namespace Consultation.Core.Adoption;

/// <summary>
/// The shingle sets of a batch of comments, stored back to back in one array (sorted hashes per comment) so that
/// ten thousand comments cost a handful of allocations, not ten thousand.
/// </summary>
internal sealed class ShingleSets
{
    /// <summary>So that 3 of 10 shingles counts as 0.3 although 0.3 × 10 is not exactly 3 in binary.</summary>
    private const double Tolerance = 1e-9;

    private readonly int[] _start;
    private readonly int[] _length;
    private ulong[] _hashes;

    private ShingleSets(int count)
    {
        _start = new int[count];
        _length = new int[count];
        _hashes = new ulong[Math.Max(16, count * 32)];
    }

    public static ShingleSets Of(IReadOnlyList<CommentText> comments, Shingler shingler)
    {
        var sets = new ShingleSets(comments.Count);
        var used = 0;
        for (var i = 0; i < comments.Count; i++)
        {
            var shingles = shingler.Shingle(comments[i].Text ?? "");
            if (used + shingles.Length > sets._hashes.Length)
                Array.Resize(ref sets._hashes, Math.Max(used + shingles.Length, sets._hashes.Length * 2));
            shingles.CopyTo(sets._hashes.AsSpan(used));
            (sets._start[i], sets._length[i]) = (used, shingles.Length);
            used += shingles.Length;
        }
        return sets;
    }

    public int Count => _start.Length;

    public ReadOnlySpan<ulong> this[int index] => _hashes.AsSpan(_start[index], _length[index]);

    /// <summary>Whether the Jaccard similarity |A ∩ B| / |A ∪ B| of two non-empty sets reaches the threshold.</summary>
    public bool AreSimilar(int a, int b, double threshold)
    {
        var x = this[a];
        var y = this[b];
        // |A ∩ B| ≤ min and |A ∪ B| ≥ max, so sets of very different sizes are refused without a merge.
        if (Math.Min(x.Length, y.Length) < threshold * Math.Max(x.Length, y.Length) - Tolerance) return false;
        int i = 0, j = 0, common = 0;
        while (i < x.Length && j < y.Length)
        {
            // Branch-free steps: the order of two hashes is a coin toss the CPU cannot predict.
            var (p, q) = (x[i], y[j]);
            common += p == q ? 1 : 0;
            i += p <= q ? 1 : 0;
            j += p >= q ? 1 : 0;
        }
        return common >= threshold * (x.Length + y.Length - common) - Tolerance;
    }
}
