using System.Threading.RateLimiting;
using Consultation.Infrastructure.Redis;

namespace Consultation.Web.Hosting.Throttling;

/// <summary>
/// The one way a rate limit on this site makes its fixed windows: in Redis when the nodes share one, in memory
/// otherwise. Every policy (comments, public forms, open data, lookups, sign-in, the global ceilings) keys by
/// <see cref="ClientAddress"/> and calls <see cref="For"/>.
/// </summary>
public sealed class FixedWindows(SharedRedis redis, TimeProvider clock)
{
    /// <summary>A fixed window of <paramref name="permitLimit"/> requests per <paramref name="window"/> for one key of one policy.</summary>
    public RateLimitPartition<string> For(string policy, string key, int permitLimit, TimeSpan window)
    {
        var partition = $"{policy}:{key}";
        if (permitLimit <= 0) return RateLimitPartition.GetNoLimiter(partition);
        return redis.Database is { } database
            ? RateLimitPartition.Get(partition,
                k => new RedisFixedWindowLimiter(database, "consultation:rate:" + k, permitLimit, window, clock))
            : RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitLimit,
                Window = window,
                QueueLimit = 0,
            });
    }

    /// <summary>The same, keyed by the visitor's address (IPv6 by /64).</summary>
    public RateLimitPartition<string> ForAddress(string policy, HttpContext http, int permitLimit, TimeSpan window) =>
        For(policy, ClientAddress.PartitionOf(http), permitLimit, window);
}
