using System.Text;

namespace Consultation.Core.Adoption;

/// <summary>
/// Turns a comment into the set of its character n-grams (shingles), each as a 64-bit hash, so that no word list is
/// needed for Chinese. Text is normalised first: full-width forms become half-width, Latin letters lower-case, and
/// everything but letters and digits (punctuation, spaces, symbols, emoji) is dropped, so 「建议，延长！」 and
/// 「建议延长」 give the same set. A text shorter than the shingle length is one shingle of itself; an empty text has
/// none. Reuses its buffers: one instance per thread.
/// </summary>
internal sealed class Shingler(int shingleLength)
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    private char[] _chars = new char[256];
    private ulong[] _hashes = new ulong[256];

    /// <summary>The distinct shingle hashes of <paramref name="text"/>, ascending; valid until the next call.</summary>
    public ReadOnlySpan<ulong> Shingle(string text)
    {
        var length = Normalise(text);
        if (length == 0) return [];
        var count = Math.Max(1, length - shingleLength + 1);
        if (_hashes.Length < count) _hashes = new ulong[Math.Max(count, _hashes.Length * 2)];
        var chars = _chars.AsSpan(0, length);
        var hashes = _hashes.AsSpan(0, count);
        for (var i = 0; i < count; i++) hashes[i] = Hash(chars.Slice(i, Math.Min(shingleLength, length - i)));
        hashes.Sort();
        return hashes[..Distinct(hashes)];
    }

    private int Normalise(string text)
    {
        if (_chars.Length < text.Length) _chars = new char[Math.Max(text.Length, _chars.Length * 2)];
        var length = 0;
        foreach (var original in text.EnumerateRunes())
        {
            var rune = original.Value is >= 0xFF01 and <= 0xFF5E ? new Rune(original.Value - 0xFEE0) : original;
            if (!Rune.IsLetterOrDigit(rune)) continue; // punctuation, spaces, symbols, emoji
            length += Rune.ToLowerInvariant(rune).EncodeToUtf16(_chars.AsSpan(length));
        }
        return length;
    }

    /// <summary>FNV-1a over the characters, then the SplitMix64 finaliser so that every bit is mixed for MinHash.</summary>
    private static ulong Hash(ReadOnlySpan<char> shingle)
    {
        var hash = FnvOffset;
        foreach (var c in shingle) hash = (hash ^ c) * FnvPrime;
        return Mix(hash);
    }

    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static int Distinct(Span<ulong> sorted)
    {
        var count = 1;
        for (var i = 1; i < sorted.Length; i++)
            if (sorted[i] != sorted[count - 1]) sorted[count++] = sorted[i];
        return count;
    }
}
