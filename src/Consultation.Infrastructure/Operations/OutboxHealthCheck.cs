using Consultation.Infrastructure.Outbox;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Operations;

/// <summary>
/// How far this node's outbox handlers (search index, caches) are behind the newest change: a node far behind serves
/// an old view of the record, so it reports degraded beyond <see cref="OperationsOptions.MaxOutboxLag"/>.
/// </summary>
public sealed class OutboxHealthCheck(OutboxProcessor outbox, IOptions<OperationsOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var (latest, behind) = await outbox.LagAsync(ct);
        var data = new Dictionary<string, object> { ["latest"] = latest };
        foreach (var (name, count) in behind) data[$"behind.{name}"] = count;
        var worst = behind.Values.DefaultIfEmpty(0).Max();
        data["behind"] = worst;
        var summary = $"{worst} behind";
        return worst > options.Value.MaxOutboxLag
            ? HealthCheckResult.Degraded(summary, data: data)
            : HealthCheckResult.Healthy(summary, data);
    }
}
