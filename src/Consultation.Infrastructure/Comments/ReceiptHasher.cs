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
    public string CodeFor(int consultationId, string idempotencyKey)
    {
        var mac = HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes($"code:{consultationId}:{idempotencyKey}"));
        var code = new char[ReceiptCode.Length];
        for (var i = 0; i < code.Length; i++) code[i] = ReceiptCode.Alphabet[mac[i] % ReceiptCode.Alphabet.Length];
        return new string(code);
    }

    /// <summary>Compares in constant time so response timing says nothing about how close a guess was.</summary>
    public bool Matches(string receiptCode, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(receiptCode)), Encoding.ASCII.GetBytes(storedHash));

    private static byte[] LoadOrCreateKey(IServiceScopeFactory scopes) => SiteSecrets.LoadOrCreate(scopes, SecretName);
}
