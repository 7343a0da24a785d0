using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Consultation.Infrastructure.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Subscriptions;

/// <summary>
/// The two secrets in a subscriber's mail. The confirmation token is random and only its SHA-256 is stored. The
/// unsubscribe token is "{id}-{HMAC}" under a site key kept in the database (so every node agrees): nothing about it is
/// stored, it cannot be guessed for another id, and every mail can carry it.
/// </summary>
public sealed class SubscriptionTokens(IServiceScopeFactory scopes)
{
    private const string SecretName = "subscription-hmac";
    private readonly Lazy<byte[]> _key = new(() => SiteSecrets.LoadOrCreate(scopes, SecretName));

    /// <summary>
    /// Reads (or creates) the site key now, in a scope of its own. Call it before opening a transaction that will need
    /// it: on SQLite that transaction holds the only write lock, and the key's first insert would wait for it.
    /// </summary>
    public void EnsureKey() => _ = _key.Value;

    public static (string Token, string Hash) NewConfirmation()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(24));
        return (token, HashOf(token));
    }

    public static string HashOf(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public string UnsubscribeFor(int subscriptionId) =>
        subscriptionId.ToString(CultureInfo.InvariantCulture) + "-" + Mac(subscriptionId);

    /// <summary>The subscription an unsubscribe token names, or null when it is not one this site made.</summary>
    public int? SubscriptionOf(string? token)
    {
        var dash = (token ?? "").IndexOf('-');
        if (dash <= 0 || !int.TryParse(token![..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return null;
        var expected = Encoding.ASCII.GetBytes(Mac(id));
        var given = Encoding.ASCII.GetBytes(token[(dash + 1)..]);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? id : null;
    }

    private string Mac(int id) => Base64Url(HMACSHA256.HashData(_key.Value,
        Encoding.ASCII.GetBytes("unsubscribe:" + id.ToString(CultureInfo.InvariantCulture)))[..18]);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
