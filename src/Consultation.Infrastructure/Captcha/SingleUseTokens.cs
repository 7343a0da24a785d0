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
    public Task<bool> TryConsumeAsync(string token, DateTimeOffset keepUntil, CancellationToken ct) =>
        TryConsumeAsync(SpendOf(token, keepUntil), ct);

    /// <summary>Marks the answer spent in a transaction of its own; false when it already was.</summary>
    public async Task<bool> TryConsumeAsync(CaptchaSpend spend, CancellationToken ct)
    {
        if (redis.Database is { } shared)
            return await shared.StringSetAsync(RedisPrefix + spend.Key, 1, spend.KeepUntil - clock.GetUtcNow(), When.NotExists);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        return (await SpendInAsync(db, [spend], ct)).Count == 1;
    }

    /// <summary>What to store for <paramref name="token"/>, without storing it yet.</summary>
    public CaptchaSpend SpendOf(string token, DateTimeOffset keepUntil)
    {
        // At least a minute, so a token at the edge of expiry is still remembered while it could be accepted.
        var minimum = clock.GetUtcNow().AddMinutes(1);
        return new CaptchaSpend(KeyOf(token), keepUntil < minimum ? minimum : keepUntil);
    }

    /// <summary>Spent answers live in the database (no Redis), so a caller's transaction can store them.</summary>
    public bool CanSpendInTransaction => redis.Database is null;

    /// <summary>
    /// Marks answers spent in <paramref name="db"/>'s current transaction (or one of their own) with one statement;
    /// returns the keys that were not spent before, so the caller refuses the others. The keys go in sorted, so two
    /// batches that share answers take the rows' locks in the same order and never wait on each other crosswise.
    /// </summary>
    public static async Task<IReadOnlySet<string>> SpendInAsync(ConsultationDbContext db,
        IReadOnlyCollection<CaptchaSpend> spends, CancellationToken ct)
    {
        var distinct = spends.GroupBy(s => s.Key, StringComparer.Ordinal)
            .Select(g => g.MaxBy(s => s.KeepUntil)!).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        if (distinct.Count == 0) return new HashSet<string>();
        var values = string.Join(", ", distinct.Select((_, i) => $"({{{2 * i}}}, {{{2 * i + 1}}})"));
        var arguments = distinct.SelectMany(s => new object[] { s.Key, s.KeepUntil.ToUnixTimeSeconds() }).ToArray();
        // Only numbered placeholders are put into the text; the keys and times travel as parameters.
        var sql = $"""INSERT INTO "{SpentCaptchaAnswerConfiguration.Table}" ("Key", "ExpiresAtUnixSeconds") VALUES {values} ON CONFLICT ("Key") DO NOTHING RETURNING "Key" AS "Value" """;
        var inserted = await db.Database.SqlQueryRaw<string>(sql, arguments).ToListAsync(ct);
        return inserted.ToHashSet(StringComparer.Ordinal);
    }

    private static string KeyOf(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
