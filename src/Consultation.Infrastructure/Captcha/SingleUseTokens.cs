using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Distributed;

namespace Consultation.Infrastructure.Captcha;

/// <summary>
/// Remembers spent CAPTCHA answers until they would have expired anyway, so one solved challenge or token cannot
/// carry many submissions. Only a hash is kept: the cache never holds a usable answer.
/// </summary>
/// <remarks>
/// <see cref="IDistributedCache"/> has no atomic "add if absent", so check-then-set runs under a lock: exact on one
/// node. With several nodes on a shared cache a narrow race remains until a store with an atomic add (Redis
/// <c>SET NX</c>) backs this class.
/// </remarks>
public sealed class SingleUseTokens(IDistributedCache cache, TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<bool> WasUsedAsync(string token, CancellationToken ct) =>
        await cache.GetAsync(KeyOf(token), ct) is not null;

    /// <summary>Marks the token spent; false when it already was.</summary>
    public async Task<bool> TryConsumeAsync(string token, DateTimeOffset keepUntil, CancellationToken ct)
    {
        var key = KeyOf(token);
        // Relative, because the cache keeps its own clock; at least a minute, so a token at the edge of expiry is still
        // remembered while it could be accepted.
        var keep = keepUntil - clock.GetUtcNow();
        if (keep < TimeSpan.FromMinutes(1)) keep = TimeSpan.FromMinutes(1);
        await _gate.WaitAsync(ct);
        try
        {
            if (await cache.GetAsync(key, ct) is not null) return false;
            await cache.SetAsync(key, [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = keep }, ct);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static string KeyOf(string token) =>
        "captcha:spent:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
