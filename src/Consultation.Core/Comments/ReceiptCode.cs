using System.Security.Cryptography;

namespace Consultation.Core.Comments;

/// <summary>
/// Receipt codes from an alphabet without look-alikes (no 0/O, 1/I/L), easy to read out on the phone. Ten characters
/// give 32^10 ≈ 10^15 codes, so guessing one is hopeless. Only a keyed hash of the code is stored.
/// </summary>
public static class ReceiptCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 10;
    /// <summary>Characters kept in clear as a lookup index; the rest is only checked through the hash.</summary>
    public const int LookupLength = 4;

    public static string New()
    {
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++) code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(code);
    }

    /// <summary>Accepts what people type (lower case, spaces, dashes); anything else is not a code.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var cleaned = new string(typed.Where(c => c is not (' ' or '-' or '　')).Select(char.ToUpperInvariant).ToArray());
        return cleaned.Length == Length && cleaned.All(c => Alphabet.Contains(c)) ? cleaned : null;
    }

    public static string Lookup(string code) => code[..LookupLength];
}
