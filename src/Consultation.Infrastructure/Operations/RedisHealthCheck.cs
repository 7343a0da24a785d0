using System.Diagnostics;
using Consultation.Infrastructure.Redis;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Consultation.Infrastructure.Operations;

/// <summary>
/// The shared Redis, when one is configured: without it rate limits, spent captcha answers and cached pages are no
/// longer shared between nodes, so the node reports itself degraded (it still serves). Healthy when none is configured.
/// </summary>
public sealed class RedisHealthCheck(SharedRedis redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (!redis.IsConfigured) return HealthCheckResult.Healthy("not configured", new Dictionary<string, object> { ["configured"] = false });
        var watch = Stopwatch.StartNew();
        try
        {
            await redis.Database!.PingAsync();
            return HealthCheckResult.Healthy($"{watch.ElapsedMilliseconds} ms",
                new Dictionary<string, object> { ["configured"] = true, ["milliseconds"] = watch.ElapsedMilliseconds });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Degraded("unreachable", e, new Dictionary<string, object> { ["configured"] = true });
        }
    }
}
