using System.Buffers.Binary;
using System.Security.Cryptography;
using Consultation.Infrastructure.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Tests;

/// <summary>
/// What a person's authenticator app shows: RFC 6238 codes (HMAC-SHA1, 30-second steps, six digits) from the shared
/// key, computed here as the app would, never by asking the site. Shared by the unit, integration and browser tests.
/// </summary>
public static class AuthenticatorCodes
{
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The code for <paramref name="sharedKey"/> as shown now (spaces and case ignored, as apps do).</summary>
    public static string Now(string sharedKey) => At(sharedKey, DateTimeOffset.UtcNow);

    public static string At(string sharedKey, DateTimeOffset time)
    {
        using var hmac = new HMACSHA1(Decode(sharedKey));
        var step = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(step, time.ToUnixTimeSeconds() / 30);
        var hash = hmac.ComputeHash(step);
        var offset = hash[^1] & 0x0F;
        var number = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF) % 1_000_000;
        return number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The code for an enrolled account, from the key the site stores for it.</summary>
    public static async Task<string> NowForAsync(IServiceProvider site, string userName)
    {
        using var scope = site.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException("No account " + userName);
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException(userName + " has no authenticator.");
        return Now(key);
    }

    private static byte[] Decode(string sharedKey)
    {
        var text = sharedKey.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text)
        {
            buffer = (buffer << 5) | Base32.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits < 8) continue;
            bytes.Add((byte)(buffer >> (bits - 8)));
            bits -= 8;
        }
        return [.. bytes];
    }
}
