using System.Security.Cryptography;
using System.Text;
using Consultation.Core.Comments;
using Consultation.Infrastructure.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Comments;

/// <summary>
/// HMAC-SHA256 of receipt codes with a key kept in the database (so every node agrees) and created on first use.
/// Only the hash is stored, so a copy of the comments table does not reveal anyone's receipt.
/// </summary>
public sealed class ReceiptHasher(IServiceScopeFactory scopes) : IReceiptHasher
{
    private const string SecretName = "receipt-hmac";
    private readonly Lazy<byte[]> _key = new(() => LoadOrCreateKey(scopes));

    public string Hash(string receiptCode) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key.Value, Encoding.ASCII.GetBytes(receiptCode)));

    /// <summary>
    /// The receipt code for a submission, derived from its idempotency key: a retry of the same form gets the same
    /// code back although the code itself is never stored.
    /// </summary>
    public string CodeFor(int consultationId, string idempotencyKey) =>
        CodeFor(consultationId.ToString(System.Globalization.CultureInfo.InvariantCulture), idempotencyKey);

    /// <summary>
    /// The same for any public form: <paramref name="scope"/> names the form (a consultation id, "disclosure",
    /// "message"), so one key can never give two forms the same code.
    /// </summary>
    public string CodeFor(string scope, string idempotencyKey)
    {
        var mac = HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes($"code:{scope}:{idempotencyKey}"));
        var code = new char[ReceiptCode.Length];
        for (var i = 0; i < code.Length; i++) code[i] = ReceiptCode.Alphabet[mac[i] % ReceiptCode.Alphabet.Length];
        return new string(code);
    }

    /// <summary>Compares in constant time so response timing says nothing about how close a guess was.</summary>
    public bool Matches(string receiptCode, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(receiptCode)), Encoding.ASCII.GetBytes(storedHash));

    /// <summary>
    /// The idempotency key a public form sent, or a new one when it is missing or odd: replacing it only costs that
    /// request its idempotency.
    /// </summary>
    public static string UsableKey(string? key) =>
        key is { Length: >= 16 and <= 64 } && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? key
            : Guid.NewGuid().ToString("N");

    /// <summary>
    /// The one of <paramref name="candidates"/> (rows sharing the code's clear lookup prefix) whose stored hash matches
    /// <paramref name="receiptCode"/>. Every candidate is checked so the time taken says nothing about which matched.
    /// </summary>
    public T? Match<T>(string receiptCode, IEnumerable<T> candidates, Func<T, string> storedHash) where T : class
    {
        T? match = null;
        foreach (var candidate in candidates)
        {
            if (Matches(receiptCode, storedHash(candidate))) match = candidate;
        }
        return match;
    }

    private static byte[] LoadOrCreateKey(IServiceScopeFactory scopes) => SiteSecrets.LoadOrCreate(scopes, SecretName);
}
