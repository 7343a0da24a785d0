using System.Security.Cryptography;
using System.Text;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Redis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Consultation.Infrastructure.Captcha;

/// <summary>
/// Remembers spent CAPTCHA answers until they would have expired anyway, so one solved challenge or token cannot
/// carry many submissions — on any node, and after a restart. The store is shared: Redis (<c>SET NX</c> with expiry)
/// when <c>ConnectionStrings:Redis</c> is set, else the <see cref="SpentCaptchaAnswer"/> table, whose primary key makes
/// the insert the check (<c>ON CONFLICT DO NOTHING</c>, one round trip). Only a hash is kept, never a usable answer.
/// </summary>
public sealed class SingleUseTokens(IServiceScopeFactory scopes, SharedRedis redis, TimeProvider clock)
{
    private const string RedisPrefix = "consultation:spent:";

    public async Task<bool> WasUsedAsync(string token, CancellationToken ct)
    {
        var key = KeyOf(token);
        if (redis.Database is { } shared) return await shared.KeyExistsAsync(RedisPrefix + key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        return await db.Set<SpentCaptchaAnswer>().AnyAsync(a => a.Key == key, ct);
    }

    /// <summary>Marks the token spent; false when it already was.</summary>
    public async Task<bool> TryConsumeAsync(string token, DateTimeOffset keepUntil, CancellationToken ct)
    {
        var key = KeyOf(token);
        // At least a minute, so a token at the edge of expiry is still remembered while it could be accepted.
        var minimum = clock.GetUtcNow().AddMinutes(1);
        if (keepUntil < minimum) keepUntil = minimum;
        if (redis.Database is { } shared)
            return await shared.StringSetAsync(RedisPrefix + key, 1, keepUntil - clock.GetUtcNow(), When.NotExists);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var expires = keepUntil.ToUnixTimeSeconds();
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "SpentCaptchaAnswers" ("Key", "ExpiresAtUnixSeconds") VALUES ({key}, {expires}) ON CONFLICT ("Key") DO NOTHING""",
            ct);
        return inserted == 1;
    }

    private static string KeyOf(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
