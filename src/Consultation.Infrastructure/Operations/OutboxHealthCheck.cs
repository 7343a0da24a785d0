using Consultation.Infrastructure.Outbox;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Operations;

/// <summary>
/// How far this node's outbox handlers (search index, caches) are behind the newest change: a node far behind serves
/// an old view of the record, so it reports degraded beyond <see cref="OperationsOptions.MaxOutboxLag"/>.
/// </summary>
public sealed class OutboxHealthCheck(OutboxProcessor outbox, IEnumerable<IOutboxHandler> handlers,
    IOptions<OperationsOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var latest = await outbox.LatestIdAsync(ct);
        var data = new Dictionary<string, object> { ["latest"] = latest };
        long worst = 0;
        foreach (var handler in handlers)
        {
            var behind = Math.Max(0, latest - await handler.PositionAsync(ct));
            data[$"behind.{handler.Name}"] = behind;
            worst = Math.Max(worst, behind);
        }
        data["behind"] = worst;
        var summary = $"{worst} behind";
        return worst > options.Value.MaxOutboxLag
            ? HealthCheckResult.Degraded(summary, data: data)
            : HealthCheckResult.Healthy(summary, data);
    }
}
