using Consultation.Infrastructure.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Consultation.Infrastructure.Operations;

/// <summary>This node's search index opened and is not being rebuilt; how fresh it is shows in the outbox check.</summary>
public sealed class SearchIndexHealthCheck(SearchIndex index, SearchIndexRebuild rebuild) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var data = new Dictionary<string, object>
        {
            ["documents"] = index.DocumentCount,
            ["position"] = index.Position,
        };
        if (index.Problem is not null) return Task.FromResult(HealthCheckResult.Degraded("index problem", data: data));
        if (rebuild.Progress is { Running: true } p)
            return Task.FromResult(HealthCheckResult.Degraded($"rebuilding {p.Percent}%", data: data));
        return Task.FromResult(HealthCheckResult.Healthy($"{index.DocumentCount} documents", data));
    }
}
