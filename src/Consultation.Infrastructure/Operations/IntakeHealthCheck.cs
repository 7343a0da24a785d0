using Consultation.Infrastructure.Comments;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Operations;

/// <summary>
/// The comment intake queue of this node: degraded past three quarters full (a flash crowd is on), unhealthy when
/// full, since the node then turns comments away with 503 and a balancer should prefer another.
/// </summary>
public sealed class IntakeHealthCheck(CommentQueue queue, IOptions<CommentIntakeOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var capacity = Math.Max(1, options.Value.QueueCapacity);
        var waiting = queue.Count;
        var data = new Dictionary<string, object> { ["waiting"] = waiting, ["capacity"] = capacity };
        var summary = $"{waiting} of {capacity} waiting";
        return Task.FromResult(waiting >= capacity ? HealthCheckResult.Unhealthy(summary, data: data)
            : waiting * 4 >= capacity * 3 ? HealthCheckResult.Degraded(summary, data: data)
            : HealthCheckResult.Healthy(summary, data));
    }
}
