using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Consultation.Web.Hosting.Throttling;

/// <summary>
/// A fixed window counted in Redis (<c>INCR</c>, then <c>EXPIRE</c> on the window's first hit), so every node counts
/// against the same allowance. The synchronous attempt always declines, which makes the rate-limiting middleware ask
/// <see cref="AcquireAsyncCore"/>, where the one round trip happens.
/// </summary>
public sealed class RedisFixedWindowLimiter(IDatabase redis, string key, int permitLimit, TimeSpan window,
    TimeProvider clock) : RateLimiter
{
    private long _lastUsedTicks = clock.GetUtcNow().UtcTicks;

    public override TimeSpan? IdleDuration =>
        TimeSpan.FromTicks(clock.GetUtcNow().UtcTicks - Interlocked.Read(ref _lastUsedTicks));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => WindowLease.Declined(null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Interlocked.Exchange(ref _lastUsedTicks, now.UtcTicks);
        var windowTicks = window.Ticks;
        var index = now.UtcTicks / windowTicks;
        var counter = $"{key}:{index}";
        var count = await redis.StringIncrementAsync(counter, permitCount);
        if (count == permitCount) await redis.KeyExpireAsync(counter, window + TimeSpan.FromSeconds(1));
        if (count <= permitLimit) return WindowLease.Granted;
        return WindowLease.Declined(TimeSpan.FromTicks((index + 1) * windowTicks - now.UtcTicks));
    }

    private sealed class WindowLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly WindowLease Granted = new(true, null);

        public static WindowLease Declined(TimeSpan? retryAfter) => new(false, retryAfter);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames =>
            retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
