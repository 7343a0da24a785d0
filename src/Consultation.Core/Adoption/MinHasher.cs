using System.Numerics;

namespace Consultation.Core.Adoption;

/// <summary>
/// MinHash signatures: for each of <c>hashCount</c> hash functions, the least value over a set's shingles. Two
/// signatures agree in a position with probability equal to the Jaccard similarity of the sets. The functions are
/// multiply-add-shift hashes (h(x) = (a·x + b) >> 32, a odd) with constants drawn from a fixed seed, so signatures
/// are the same on every run and machine.
/// </summary>
internal sealed class MinHasher
{
    private readonly ulong[] _multipliers;
    private readonly ulong[] _increments;

    public MinHasher(int hashCount, ulong seed = 0x5EED_C0DE_2024UL)
    {
        _multipliers = new ulong[hashCount];
        _increments = new ulong[hashCount];
        var state = seed;
        for (var i = 0; i < hashCount; i++)
        {
            _multipliers[i] = Shingler.Mix(state += 0x9E3779B97F4A7C15UL) | 1;
            _increments[i] = Shingler.Mix(state += 0x9E3779B97F4A7C15UL);
        }
    }

    public int HashCount => _multipliers.Length;

    /// <summary>Writes the signature of <paramref name="shingles"/> (non-empty) into <paramref name="signature"/>.</summary>
    public void Sign(ReadOnlySpan<ulong> shingles, Span<uint> signature)
    {
        var multipliers = _multipliers.AsSpan();
        var increments = _increments.AsSpan(0, multipliers.Length);
        signature = signature[..multipliers.Length];
        signature.Fill(uint.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < multipliers.Length; i++)
            {
                var value = (uint)((multipliers[i] * shingle + increments[i]) >> 32);
                if (value < signature[i]) signature[i] = value;
            }
        }
    }

    /// <summary>In how many positions two signatures agree; divided by their length it estimates the Jaccard similarity.</summary>
    public static int Agreement(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var i = 0;
        var agreeing = Vector<int>.Zero;
        for (; i <= a.Length - Vector<uint>.Count; i += Vector<uint>.Count)
            agreeing -= Vector.AsVectorInt32(Vector.Equals(new Vector<uint>(a[i..]), new Vector<uint>(b[i..])));
        var count = Vector.Sum(agreeing);
        for (; i < a.Length; i++) count += a[i] == b[i] ? 1 : 0;
        return count;
    }
}
